// Step 9: the display name (what Browser captions), the other names, the folded search keys, and the counts they
// were computed from: in how many articles the entity is mentioned, and, for each of its names (names[i]), in how
// many articles it was used (nameArticles[i]) and given as the canonical name (canonicalArticles[i]).
UNWIND $entities AS row
MATCH (entity:Person|Country|Organization|Place {id: row.id})
SET entity.name = row.name, entity.aliases = row.aliases, entity.keys = row.keys,
    entity.articles = row.articles, entity.names = row.names,
    entity.nameArticles = row.nameArticles, entity.canonicalArticles = row.canonicalArticles
