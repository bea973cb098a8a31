// For each given entity, how many articles used the name with this search key for it.
UNWIND $entityIds AS entityId
MATCH (entity:Person|Country|Organization|Place {id: entityId})<-[mention:MENTIONS]-(article:Article)
WHERE $key IN mention.keys
RETURN entity.id AS id, count(DISTINCT article) AS articles
