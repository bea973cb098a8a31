// Step 7b: one MET relationship per pair of people and status, directed from the smaller id to the larger,
// so that "A met B" and "B met A" are one fact. The article and its sentence are appended to it.
UNWIND $meetings AS row
WITH row, row.sourceId AS sourceId, row.targetId AS targetId
MATCH (source:Person|Country|Organization|Place {id: sourceId})
MATCH (target:Person|Country|Organization|Place {id: targetId})
MERGE (source)-[fact:MET {status: row.status}]->(target)
  ON CREATE SET fact.sources = [], fact.evidence = []
SET fact.sources = fact.sources + row.articleId, fact.evidence = fact.evidence + row.evidence
