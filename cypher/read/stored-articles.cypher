// Stored articles with the graph the extractor gave them, to be written again with new links.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
  WHERE article.graph IS NOT NULL AND article.extractorVersion IS NOT NULL
RETURN article {.id, .source, .title, .url, .date, .outlet, .extractorVersion, .graph} AS article
