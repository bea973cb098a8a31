// read/search-entities.cypher without the full-text index, for the texts Lucene's analyzer would split otherwise
// than the folded keys are split (anything beyond a-z, 0-9 and hyphens, such as Chinese names, one word per
// character there) and for an empty text: every entity is read, so the answer is the same, only slower.
MATCH (entity:Person|Country|Organization|Place)
  WHERE any(key IN entity.keys WHERE key STARTS WITH $key OR key CONTAINS ('-' + $key))
    AND ($type IS NULL OR $type IN labels(entity))
MATCH (article:Article)-[mention:MENTIONS]->(entity)
UNWIND mention.keys AS key
WITH entity, article, key
  WHERE key STARTS WITH $key OR key CONTAINS ('-' + $key)
WITH entity, article, CASE WHEN key = $key THEN 0 WHEN key STARTS WITH $key THEN 1 ELSE 2 END AS rank
WITH entity, min(rank) AS rank, count(DISTINCT article) AS articles
RETURN entity {.id, .name, .aliases, labels: labels(entity), articles: COUNT { (entity)<-[:MENTIONS]-(:Article) }} AS entity
ORDER BY rank, articles DESC, entity.id
SKIP $offset
LIMIT $limit
