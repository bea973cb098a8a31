// The quotes of one speaker ($speakerId), optionally also of one article, about one subject, with some words;
// oldest article first (undated ones before dated ones, as in the embedded store), then by position; words match
// case-insensitively. The store picks the quotes-*.cypher file by the filters given (speaker, else article, else
// subject, else none), so each starts from its filter's node through an index; the other filters only narrow that node's quotes.
// Every file also narrows by the article's date ($since, $until: an undated article is in no period) and outlet (the
// stored spellings of one outlet, $outlets), and by the speaker's label, a role it holds ($speakerRole, words of the
// role, case-insensitive) or an organisation it is affiliated with ($speakerAffiliationId), either stated by the
// quote's own article or by two articles or more (one article's slip does not make a much-quoted speaker a professor).
MATCH (speaker:Person|Country|Organization|Place {id: $speakerId})-[:SAID]->(quote:Quote)-[:IN]->(article:Article)
  WHERE ($articleId IS NULL OR article.id = $articleId)
    AND ($contains IS NULL OR toLower(quote.text) CONTAINS toLower($contains))
    AND ($aboutId IS NULL OR EXISTS { (quote)-[:ABOUT]->(subject) WHERE subject.id = $aboutId })
    AND ($since IS NULL OR article.date >= $since)
    AND ($until IS NULL OR article.date <= $until)
    AND ($outlets IS NULL OR article.outlet IN $outlets)
    AND ($speakerType IS NULL OR $speakerType IN labels(speaker))
    AND ($speakerRole IS NULL OR EXISTS {
      (speaker)-[affiliation:AFFILIATED_WITH]->(:Organization)
        WHERE toLower(affiliation.role) CONTAINS toLower($speakerRole) AND (article.id IN affiliation.sources OR size(affiliation.sources) > 1) })
    AND ($speakerAffiliationId IS NULL OR EXISTS {
      (speaker)-[affiliation:AFFILIATED_WITH]->(:Organization {id: $speakerAffiliationId})
        WHERE article.id IN affiliation.sources OR size(affiliation.sources) > 1 })
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
