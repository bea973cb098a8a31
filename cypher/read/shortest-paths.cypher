// All shortest paths between two entities over the facts, followed in either direction, as the web app's
// QuikGraph search finds them: each path the ids along it (paths differing only in which parallel fact they
// take are one), in lexicographic order of those ids, the first $limit listed and all of them counted.
// A variable-length bound cannot be a parameter: the search stops at 6 hops (the API's maximum, kept equal to
// Neo4jGraphStore.MaxPathHops) and paths longer than $maxHops are dropped afterwards; all shortest paths have one
// length, so either all of them are kept or none. The filter stays out of the MATCH, where Neo4j would fall
// back to an exhaustive search.
// Between two hubs the shortest paths can number in the millions: at most $maxPaths of them are enumerated (the
// LIMIT stops the lazy enumeration), so `total` counts at most that many and the listed ones are the first of those.
MATCH (from:Person|Country|Organization|Place {id: $fromId})
MATCH (to:Person|Country|Organization|Place {id: $toId})
MATCH path = allShortestPaths((from)-[:MET|AFFILIATED_WITH|LEADER_OF*..6]-(to))
WITH path
LIMIT $maxPaths
WITH DISTINCT [node IN nodes(path) | node.id] AS ids
ORDER BY ids
WITH collect(ids) AS found
WITH [ids IN found WHERE size(ids) - 1 <= $maxHops] AS paths
RETURN size(paths) AS total,
       CASE WHEN size(paths) > 0 THEN size(paths[0]) - 1 END AS hops,
       paths[0..$limit] AS paths
