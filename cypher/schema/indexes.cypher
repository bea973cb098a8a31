// Indexes beyond the constraints' own, created at start-up after them (IF NOT EXISTS: start-up may run again).
// entity_keys: the entities' folded name keys ("tomas-brel", "brel"), split into words by Lucene's standard analyzer
// without stop words, so "of" and "the" are found too. read/search-entities.cypher queries it.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS
FOR (n:Person|Country|Organization|Place) ON EACH [n.keys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
