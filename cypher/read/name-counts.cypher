// Every name of one entity with how many articles used it, the most used first.
MATCH (entity:Person|Country|Organization|Place {id: $entityId})<-[mention:MENTIONS]-(article:Article)
UNWIND mention.names AS name
WITH name, count(DISTINCT article) AS articles
RETURN name, articles
ORDER BY articles DESC, name
