namespace Graph.Storage.Neo4j;

/// <summary>
/// The server could not be reached, dropped the connection, or answered with a bare 5xx (starting up, behind a
/// proxy): retried.
/// </summary>
/// <param name="connectionFailed">True only when no connection could be made at all (refused, unknown host, TLS).</param>
public sealed class Neo4jServiceUnavailableException(string message, Exception? innerException = null, bool connectionFailed = false)
    : Neo4jException("ServiceUnavailable", message, innerException)
{
    /// <summary>No connection could be made: nothing listens there, the name does not resolve, or TLS failed.</summary>
    public bool ConnectionFailed { get; } = connectionFailed;

    public override bool IsRetriable => true;
}
