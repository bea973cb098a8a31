// Step 1 of saving a batch (it opens the transaction): how the batch's articles name each entity now, before they
// are rewritten. With the entities the new extraction names, these are the ones the batch will touch; the names
// are what the batch takes off the counts kept on those entities (step 8). Only the batch's own mentions are read.
MATCH (article:Article)-[mention:MENTIONS]->(entity)
  WHERE article.id IN $articleIds
RETURN article.id AS article, entity.id AS id, mention.names AS names, mention.canonical AS canonical
