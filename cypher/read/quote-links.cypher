// Every quote's speaker and each of its subjects (null when it is about no one) as bare ids, for the tallies of the
// graph (who said how much about whom): of the quotes from articles dated in [$since, $until], either may be null; an
// undated article is in no period, and in all time when both are null. Starts from the articles, through article_date.
MATCH (article:Article)
  WHERE ($since IS NULL OR article.date >= $since)
    AND ($until IS NULL OR article.date <= $until)
MATCH (speaker)-[:SAID]->(quote:Quote)-[:IN]->(article)
OPTIONAL MATCH (quote)-[:ABOUT]->(subject)
RETURN quote.id AS quoteId, speaker.id AS speakerId, subject.id AS aboutId
