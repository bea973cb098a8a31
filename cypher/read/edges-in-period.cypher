// The facts with at least one supporting article dated in [$since, $until] (either may be null; an undated article
// is in no period), as bare edges, for the graph algorithms of a period (paths, neighbourhoods, insights).
MATCH (source)-[fact:MET|AFFILIATED_WITH|LEADER_OF]->(target)
  WHERE EXISTS {
    MATCH (article:Article)
      WHERE article.id IN fact.sources
        AND ($since IS NULL OR article.date >= $since)
        AND ($until IS NULL OR article.date <= $until)
  }
RETURN DISTINCT type(fact) AS type, source.id AS sourceId, target.id AS targetId, fact.status AS status
ORDER BY type, sourceId, targetId, status
