// Step 7c: one AFFILIATED_WITH per person, organization and role (role '' when the text gives none).
UNWIND $affiliations AS row
WITH row, row.sourceId AS sourceId, row.targetId AS targetId
MATCH (source:Person|Country|Organization|Place {id: sourceId})
MATCH (target:Person|Country|Organization|Place {id: targetId})
MERGE (source)-[fact:AFFILIATED_WITH {role: row.role}]->(target)
  ON CREATE SET fact.sources = [], fact.evidence = []
SET fact.sources = fact.sources + row.articleId, fact.evidence = fact.evidence + row.evidence
