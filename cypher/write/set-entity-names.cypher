// Step 9: the display name (what Browser captions), the other names, and the folded search keys.
UNWIND $entities AS row
MATCH (entity:Person|Country|Organization|Place {id: row.id})
SET entity.name = row.name, entity.aliases = row.aliases, entity.keys = row.keys
