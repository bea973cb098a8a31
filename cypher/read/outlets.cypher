// Every outlet spelling articles gave, with its number of articles: the caller groups the spellings of one outlet.
MATCH (article:Article)
  WHERE article.outlet IS NOT NULL
RETURN article.outlet AS name, count(article) AS articles
ORDER BY name
