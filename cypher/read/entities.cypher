// Entity summaries by id: display name, other names, and in how many articles they are mentioned.
UNWIND $entityIds AS entityId
MATCH (entity:Person|Country|Organization|Place {id: entityId})
RETURN entity {.id, .name, .aliases, labels: labels(entity), articles: COUNT { (entity)<-[:MENTIONS]-(:Article) }} AS entity
