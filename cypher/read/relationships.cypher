// Every fact an entity takes part in, either end, optionally of one type: one row per supporting article
// and sentence. The caller groups rows into relationships and orders them as the embedded store does.
MATCH (:Person|Country|Organization|Place {id: $entityId})-[fact:MET|AFFILIATED_WITH|LEADER_OF]-()
  WHERE $type IS NULL OR type(fact) = $type
WITH DISTINCT fact
WITH fact, startNode(fact) AS source, endNode(fact) AS target
UNWIND range(0, size(fact.sources) - 1) AS i
MATCH (article:Article {id: fact.sources[i]})
RETURN type(fact) AS type,
       fact.status AS status,
       fact.role AS role,
       fact.evidence[i] AS evidence,
       article {.id, .source, .title, .url, .date, .outlet} AS article,
       source {.id, .name, .aliases, labels: labels(source), articles: COUNT { (source)<-[:MENTIONS]-(:Article) }} AS source,
       target {.id, .name, .aliases, labels: labels(target), articles: COUNT { (target)<-[:MENTIONS]-(:Article) }} AS target
