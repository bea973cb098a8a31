MATCH (article:Article {id: $articleId})
  WHERE article.extractorVersion IS NOT NULL
RETURN article {.id, .source, .title, .url, .date, .outlet} AS article
