// Entities one of whose names matches the folded text ($key: lower case, no accents, hyphens between words) at a
// word start: the name starts with it, or a later word of the name does ("brel" and "tomas-bre" find "tomas-brel",
// "rel" does not), as in the embedded store. The full-text index entity_keys (schema/indexes.cypher) finds the
// candidates, each word of $keyQuery ("tomas* AND bre*", Lucene syntax escaped by the store) the start of some word;
// the WHERE then keeps the names that hold the words together and in order.
// Ranked as the embedded store does: exact name, then prefix, then a later word's prefix; then by the number of
// articles naming them that way; then by id.
CALL db.index.fulltext.queryNodes('entity_keys', $keyQuery) YIELD node
WITH node AS entity
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
