// Step 7e: (speaker)-[:SAID]->(:Quote)-[:IN]->(:Article), (article)-[:QUOTED]->(speaker), (quote)-[:ABOUT]->(entity).
// A quote id is "<article id>:<start offset>", the same in every store.
UNWIND $quotes AS row
WITH row, row.articleId AS articleId, row.speakerId AS speakerId
MATCH (article:Article {id: articleId})
MERGE (quote:Quote {id: row.id})
SET quote.text = row.text, quote.cue = row.cue, quote.start = row.start
MERGE (quote)-[:IN]->(article)
WITH article, quote, row, speakerId
OPTIONAL MATCH (speaker:Person|Country|Organization|Place {id: speakerId})
FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END |
  MERGE (speaker)-[:SAID]->(quote)
  MERGE (article)-[:QUOTED]->(speaker))
WITH quote, row
UNWIND row.about AS aboutId
MATCH (subject:Person|Country|Organization|Place {id: aboutId})
MERGE (quote)-[:ABOUT]->(subject)
