// The facts with at least one supporting article dated in [$since, $until] (either may be null; an undated article
// is in no period), without their evidence, counted over those articles only: for the graph algorithms and the
// summaries of a period (paths, neighbourhoods, insights).
MATCH (source)-[fact:MET|AFFILIATED_WITH|LEADER_OF]->(target)
UNWIND fact.sources AS articleId
WITH fact, source, target, collect(DISTINCT articleId) AS articleIds
MATCH (article:Article)
  WHERE article.id IN articleIds
    AND ($since IS NULL OR article.date >= $since)
    AND ($until IS NULL OR article.date <= $until)
WITH fact, source, target, count(article) AS articles, min(article.date) AS firstSeen, max(article.date) AS lastSeen
RETURN type(fact) AS type, source.id AS sourceId, target.id AS targetId, fact.status AS status, fact.role AS role,
       articles, firstSeen, lastSeen
ORDER BY type, sourceId, targetId, status, role
