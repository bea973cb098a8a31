// Every fact as a bare edge, for the graph algorithms (paths, centrality) shared by both stores.
MATCH (source)-[fact:MET|AFFILIATED_WITH|LEADER_OF]->(target)
RETURN DISTINCT type(fact) AS type, source.id AS sourceId, target.id AS targetId, fact.status AS status
ORDER BY type, sourceId, targetId, status
