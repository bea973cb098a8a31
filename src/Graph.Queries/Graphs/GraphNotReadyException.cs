namespace Graph.Queries.Graphs;

/// <summary>
/// The in-memory graph (or a figure computed on it) is still being built in the background. The web answers 503
/// with Retry-After and this message; the build itself goes on whatever happens to the request.
/// </summary>
public sealed class GraphNotReadyException(string message) : Exception(message)
{
    /// <summary>When to ask again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
}
