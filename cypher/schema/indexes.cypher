// Indexes beyond the constraints' own, created at start-up after them (IF NOT EXISTS: start-up may run again).
// article_date: the articles of a period, where the reads of a period start (read/quote-links.cypher).
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);

// entity_keys: the entities' folded name keys ("tomas-brel", "brel"), split into words by Lucene's standard analyzer
// without stop words, so "of" and "the" are found too. read/search-entities.cypher queries it.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS
FOR (n:Person|Country|Organization|Place) ON EACH [n.keys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
