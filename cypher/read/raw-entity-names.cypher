// Linking's input: every raw entity id (as the extractor gave it in one article) with each of its names, in how
// many articles it was used and in how many it was the canonical name.
MATCH (article:Article)-[mention:MENTIONS]->(:Person|Country|Organization|Place)
UNWIND mention.names AS name
WITH mention.rawId AS rawId, name, article, name IN mention.canonical AS canonical
RETURN rawId, name, count(DISTINCT article) AS articles,
       count(DISTINCT CASE WHEN canonical THEN article END) AS canonicalArticles
