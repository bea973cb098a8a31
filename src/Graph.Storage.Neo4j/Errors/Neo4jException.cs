namespace Graph.Storage.Neo4j;

/// <summary>
/// An error reported by Neo4j (or met on the way to it), with the server's status code, for example
/// <c>Neo.ClientError.Statement.SyntaxError</c>. Whether it is worth retrying follows the official drivers.
/// </summary>
public class Neo4jException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The Neo4j status code, or <c>HTTP nnn</c> when the server answered without one.</summary>
    public string Code { get; } = code;

    /// <summary>True when running the same unit of work again may succeed (transient errors, lost connections).</summary>
    public virtual bool IsRetriable => false;
}
