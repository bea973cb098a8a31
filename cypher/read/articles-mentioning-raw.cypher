// The articles that mention any of these raw entity ids: those a linking pass writes again.
MATCH (article:Article)-[mention:MENTIONS]->(:Person|Country|Organization|Place)
  WHERE mention.rawId IN $rawIds
RETURN DISTINCT article.id AS id
ORDER BY id
