// Linking's input: in how many articles each raw entity id is mentioned.
MATCH (article:Article)-[mention:MENTIONS]->(:Person|Country|Organization|Place)
RETURN mention.rawId AS rawId, count(DISTINCT article) AS articles
