// Step 2: write-lock the entities the batch touches, in id order, before reading anything about them. A SET
// whose value reads the same property makes Cypher take the write lock first; the lock is held until commit.
// So concurrent ingest workers touching one entity queue up (or deadlock, and are retried), and each
// computes the entity's names and whether it is still mentioned from what the others committed.
UNWIND $entityIds AS entityId
MATCH (entity:Person|Country|Organization|Place {id: entityId})
SET entity.name = entity.name
