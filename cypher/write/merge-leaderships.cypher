// Step 7d: one LEADER_OF per person and country.
UNWIND $leaderships AS row
WITH row, row.sourceId AS sourceId, row.targetId AS targetId
MATCH (source:Person|Country|Organization|Place {id: sourceId})
MATCH (target:Person|Country|Organization|Place {id: targetId})
MERGE (source)-[fact:LEADER_OF]->(target)
  ON CREATE SET fact.sources = [], fact.evidence = []
SET fact.sources = fact.sources + row.articleId, fact.evidence = fact.evidence + row.evidence
