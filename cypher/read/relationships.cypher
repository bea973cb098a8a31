// Every fact an entity takes part in, either end, optionally of one type: one row per supporting article
// and sentence, only the articles dated in [$since, $until] when either is given (an undated article is in no
// period). The caller groups rows into relationships and orders them as the embedded store does; firstSeen,
// lastSeen and the article count are computed from these rows' article dates, not stored on the relationship.
MATCH (:Person|Country|Organization|Place {id: $entityId})-[fact:MET|AFFILIATED_WITH|LEADER_OF]-()
  WHERE $type IS NULL OR type(fact) = $type
WITH DISTINCT fact
WITH fact, startNode(fact) AS source, endNode(fact) AS target
UNWIND range(0, size(fact.sources) - 1) AS i
MATCH (article:Article {id: fact.sources[i]})
  WHERE ($since IS NULL OR article.date >= $since) AND ($until IS NULL OR article.date <= $until)
RETURN type(fact) AS type,
       fact.status AS status,
       fact.role AS role,
       fact.evidence[i] AS evidence,
       article {.id, .source, .title, .url, .date, .outlet} AS article,
       source {.id, .name, .aliases, labels: labels(source), articles: COUNT { (source)<-[:MENTIONS]-(:Article) }} AS source,
       target {.id, .name, .aliases, labels: labels(target), articles: COUNT { (target)<-[:MENTIONS]-(:Article) }} AS target
