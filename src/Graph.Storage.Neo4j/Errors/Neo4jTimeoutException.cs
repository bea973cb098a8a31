namespace Graph.Storage.Neo4j;

/// <summary>
/// Neo4j accepted the request but did not finish answering within <see cref="Neo4jOptions.RequestTimeout"/>: the
/// statement is too slow for the graph or the server is overloaded. Not retried: running it again takes as long.
/// </summary>
public sealed class Neo4jTimeoutException(string message, Exception? innerException = null)
    : Neo4jException("ClientTimeout", message, innerException);
