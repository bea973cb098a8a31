// Step 7a: every entity an article names, and how that article named it: one MENTIONS per raw id (the id the
// extractor gave), on the entity cross-article linking chose for it. Labels cannot be parameters,
// so each row takes the one FOREACH branch of its type. MENTIONS keeps the names per article, so that
// an entity's display name and aliases can always be recomputed from the articles still mentioning it.
UNWIND $mentions AS row
WITH row, row.articleId AS articleId
MATCH (article:Article {id: articleId})
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END |
  MERGE (entity:Person {id: row.entityId})
    ON CREATE SET entity.name = row.canonical[0], entity.aliases = [], entity.keys = row.keys
  MERGE (article)-[mention:MENTIONS {rawId: row.rawId}]->(entity)
  SET mention.names = row.names, mention.canonical = row.canonical, mention.keys = row.keys)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END |
  MERGE (entity:Country {id: row.entityId})
    ON CREATE SET entity.name = row.canonical[0], entity.aliases = [], entity.keys = row.keys
  MERGE (article)-[mention:MENTIONS {rawId: row.rawId}]->(entity)
  SET mention.names = row.names, mention.canonical = row.canonical, mention.keys = row.keys)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END |
  MERGE (entity:Organization {id: row.entityId})
    ON CREATE SET entity.name = row.canonical[0], entity.aliases = [], entity.keys = row.keys
  MERGE (article)-[mention:MENTIONS {rawId: row.rawId}]->(entity)
  SET mention.names = row.names, mention.canonical = row.canonical, mention.keys = row.keys)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END |
  MERGE (entity:Place {id: row.entityId})
    ON CREATE SET entity.name = row.canonical[0], entity.aliases = [], entity.keys = row.keys
  MERGE (article)-[mention:MENTIONS {rawId: row.rawId}]->(entity)
  SET mention.names = row.names, mention.canonical = row.canonical, mention.keys = row.keys)
