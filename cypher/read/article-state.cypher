// Which extractor version stored this article; null (or no row) while it is not completely stored.
MATCH (article:Article {id: $articleId})
RETURN article.extractorVersion AS extractorVersion
