// Last step: the completion marker. Everything above ran in the same explicit transaction, so a crash
// anywhere leaves the article as it was; the marker is what GetArticleState and the readers look at.
UNWIND $articles AS row
MATCH (article:Article {id: row.id})
SET article.extractorVersion = row.extractorVersion
