// Entities one of whose names contains the folded text ($key: lower case, no accents, hyphens between words).
// Ranked as the embedded store does: exact name, then prefix, then a later word's prefix, then anywhere;
// then by the number of articles naming them that way; then by id.
MATCH (entity:Person|Country|Organization|Place)
  WHERE any(key IN entity.keys WHERE key CONTAINS $key)
    AND ($type IS NULL OR $type IN labels(entity))
MATCH (article:Article)-[mention:MENTIONS]->(entity)
UNWIND mention.keys AS key
WITH entity, article, key
  WHERE key CONTAINS $key
WITH entity, article,
     CASE WHEN key = $key THEN 0 WHEN key STARTS WITH $key THEN 1 WHEN key CONTAINS ('-' + $key) THEN 2 ELSE 3 END AS rank
WITH entity, min(rank) AS rank, count(DISTINCT article) AS articles
RETURN entity {.id, .name, .aliases, labels: labels(entity), articles: COUNT { (entity)<-[:MENTIONS]-(:Article) }} AS entity
ORDER BY rank, articles DESC, entity.id
SKIP $offset
LIMIT $limit
