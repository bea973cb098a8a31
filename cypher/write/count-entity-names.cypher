// At start-up: entities stored before their name counts were kept (or imported from an older export) get them,
// computed once from their mentions: the only statement that reads every mention of an entity; later batches
// change the counts by their own mentions only. Entities that have the counts are skipped, so on an up-to-date
// database it writes nothing. It commits every 1,000 entities (the Query API runs it in an implicit transaction,
// which CALL ... IN TRANSACTIONS needs), so a large old database does not need one huge transaction.
MATCH (entity:Person|Country|Organization|Place)
  WHERE entity.articles IS NULL
CALL (entity) {
  OPTIONAL MATCH (article:Article)-[mention:MENTIONS]->(entity)
  UNWIND coalesce(mention.names, []) AS name
  WITH name, article, CASE WHEN name IN mention.canonical THEN article END AS canonicalArticle
  WITH name, count(DISTINCT article) AS articles, count(DISTINCT canonicalArticle) AS canonicalArticles
  ORDER BY name
  WITH collect(name) AS names, collect(articles) AS nameArticles, collect(canonicalArticles) AS canonicalArticles
  SET entity.articles = COUNT { MATCH (article:Article)-[:MENTIONS]->(entity) RETURN DISTINCT article },
      entity.names = names, entity.nameArticles = nameArticles, entity.canonicalArticles = canonicalArticles
} IN TRANSACTIONS OF 1000 ROWS
