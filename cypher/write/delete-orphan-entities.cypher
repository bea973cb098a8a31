// Step 10: entities that no article mentions any more (their article count fell to 0) leave the graph. The check
// stops at the first mention left, so it stays cheap however often an entity was named.
UNWIND $entityIds AS entityId
MATCH (entity:Person|Country|Organization|Place {id: entityId})
  WHERE NOT EXISTS { (entity)<-[:MENTIONS]-(:Article) }
DETACH DELETE entity
