namespace Graph.Storage.Neo4j;

/// <summary>The server could not be reached, or answered with a bare 5xx (starting up, behind a proxy): retried.</summary>
public sealed class Neo4jServiceUnavailableException(string message, Exception? innerException = null)
    : Neo4jException("ServiceUnavailable", message, innerException)
{
    public override bool IsRetriable => true;
}
