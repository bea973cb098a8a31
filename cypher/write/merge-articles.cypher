// Step 6: the article nodes, without their completion marker (extractorVersion), which is written last.
UNWIND $articles AS row
MERGE (article:Article {id: row.id})
SET article.source = row.source,
    article.title = row.title,
    article.url = row.url,
    article.date = row.date,
    article.outlet = row.outlet,
    article.graph = row.graph,
    article.extractorVersion = null
