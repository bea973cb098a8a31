// Which extractor version stored each of these articles (null while not completely stored, or not stored):
// one round trip for a whole batch of the ingest's reader.
UNWIND $articleIds AS articleId
OPTIONAL MATCH (article:Article {id: articleId})
RETURN articleId, article.extractorVersion AS extractorVersion
