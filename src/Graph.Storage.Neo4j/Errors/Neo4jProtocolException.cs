namespace Graph.Storage.Neo4j;

/// <summary>
/// The server answered, but not as Neo4j's Query API does: not JSON, JSON of another shape, no transaction id, or
/// an answer larger than <see cref="Neo4jOptions.MaxResponseBytes"/>. Not retried: asking again gets the same.
/// </summary>
public sealed class Neo4jProtocolException(string code, string message) : Neo4jException(code, message)
{
    public const string InvalidResponse = "InvalidResponse";
    public const string ResponseTooLarge = "ResponseTooLarge";
}
