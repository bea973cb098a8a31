// Who said what about whom, filtered by any of speaker, subject, article and words (case-insensitive),
// oldest article first (undated ones before dated ones, as in the embedded store), then by position.
MATCH (speaker)-[:SAID]->(quote:Quote)-[:IN]->(article:Article)
  WHERE ($speakerId IS NULL OR speaker.id = $speakerId)
    AND ($articleId IS NULL OR article.id = $articleId)
    AND ($contains IS NULL OR toLower(quote.text) CONTAINS toLower($contains))
    AND ($aboutId IS NULL OR EXISTS { (quote)-[:ABOUT]->(subject) WHERE subject.id = $aboutId })
WITH speaker, quote, article
ORDER BY article.date IS NOT NULL, article.date, article.id, quote.start
SKIP $offset
LIMIT $limit
RETURN quote {.id, .text, .cue, .start} AS quote,
       speaker {.id, .name, .aliases, labels: labels(speaker), articles: COUNT { (speaker)<-[:MENTIONS]-(:Article) }} AS speaker,
       COLLECT {
         MATCH (quote)-[:ABOUT]->(subject)
         WITH subject ORDER BY subject.id
         RETURN subject {.id, .name, .aliases, labels: labels(subject), articles: COUNT { (subject)<-[:MENTIONS]-(:Article) }} AS entity
       } AS about,
       article {.id, .source, .title, .url, .date, .outlet} AS article
// Again, since a projection is not promised to keep the order of the rows it is given.
ORDER BY article.date IS NOT NULL, article.date, article.id, quote.start
