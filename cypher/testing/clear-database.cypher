// Only for the store contract tests, each of which starts from an empty graph: never called by the application.
MATCH (node)
DETACH DELETE node
