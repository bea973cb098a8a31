namespace Graph.Storage.Neo4j;

/// <summary>
/// A problem the user fixes in their settings or environment: wrong credentials, an unknown database,
/// Neo4j not running or not at that address. <see cref="Exception.Message"/> is one sentence meant for
/// them, to print instead of a stack trace.
/// </summary>
public sealed class Neo4jConfigurationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
