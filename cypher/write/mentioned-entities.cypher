// Step 1 of saving a batch (it opens the transaction): the entities the articles mention now, before they are
// rewritten. With the entities the new extraction names, these are the ones the batch will touch.
MATCH (article:Article)-[:MENTIONS]->(entity)
  WHERE article.id IN $articleIds
RETURN DISTINCT entity.id AS id
