namespace Graph.Storage.Neo4j;

/// <summary>A <c>Neo.DatabaseError.*</c>: the server failed in a way a retry will not fix.</summary>
public sealed class Neo4jDatabaseException(string code, string message) : Neo4jException(code, message);
