// Step 8: how every article still mentioning these entities names them, to compute each display name and
// alias list (done in C#, the same way as the embedded store).
UNWIND $entityIds AS entityId
MATCH (entity:Person|Country|Organization|Place {id: entityId})
OPTIONAL MATCH (article:Article)-[mention:MENTIONS]->(entity)
RETURN entity.id AS id,
       collect(CASE WHEN article IS NULL THEN null ELSE {article: article.id, names: mention.names, canonical: mention.canonical} END) AS mentions
