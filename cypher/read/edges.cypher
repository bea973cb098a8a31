// Every fact without its evidence, for the graph algorithms (paths, centrality) shared by both stores and for the
// summaries answered from memory: its role ('' stored for none), in how many articles it is stated, and the dates
// of the first and last of them (null when none is dated).
MATCH (source)-[fact:MET|AFFILIATED_WITH|LEADER_OF]->(target)
UNWIND fact.sources AS articleId
WITH fact, source, target, collect(DISTINCT articleId) AS articleIds
OPTIONAL MATCH (article:Article)
  WHERE article.id IN articleIds
WITH fact, source, target, size(articleIds) AS articles, min(article.date) AS firstSeen, max(article.date) AS lastSeen
RETURN type(fact) AS type, source.id AS sourceId, target.id AS targetId, fact.status AS status, fact.role AS role,
       articles, firstSeen, lastSeen
ORDER BY type, sourceId, targetId, status, role
