// Step 10: entities that no article mentions any more leave the graph.
UNWIND $entityIds AS entityId
MATCH (entity:Person|Country|Organization|Place {id: entityId})
  WHERE NOT EXISTS { (entity)<-[:MENTIONS]-(:Article) }
DETACH DELETE entity
