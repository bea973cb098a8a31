// Step 8: the name counts kept on the entities the batch touches (in how many articles each is mentioned, and
// uses each name, as a name and as the canonical one), which the batch then changes by its own mentions only: no
// other article's mentions are read, however often an entity was named before. The SET takes the entity's write
// lock before the properties are read, also for the entities this batch created (step 2 could not lock them), so
// a concurrent worker's counts are read only once it has committed them, and no update is lost.
UNWIND $entityIds AS entityId
MATCH (entity:Person|Country|Organization|Place {id: entityId})
SET entity.articles = coalesce(entity.articles, 0)
RETURN entity.id AS id, entity.articles AS articles,
       coalesce(entity.names, []) AS names,
       coalesce(entity.nameArticles, []) AS nameArticles,
       coalesce(entity.canonicalArticles, []) AS canonicalArticles
