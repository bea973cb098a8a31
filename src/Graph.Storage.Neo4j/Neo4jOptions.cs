namespace Graph.Storage.Neo4j;

/// <summary>Where the Neo4j Query API is and how to sign in.</summary>
public sealed record Neo4jOptions
{
    public required Uri Uri { get; init; }
    public string User { get; init; } = "neo4j";
    public string Password { get; init; } = "";
    public string Database { get; init; } = "neo4j";

    /// <summary>Validates the URI: the Query API is HTTP, so bolt:// and neo4j:// are refused with a clear message.</summary>
    public static Neo4jOptions Parse(string uri, string user, string password, string database)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"NEO4J_URI '{uri}' is not a URI; use for example http://localhost:7474.");
        }
        if (parsed.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"NEO4J_URI '{uri}' uses {parsed.Scheme}://, but this tool talks to Neo4j's HTTP Query API: give the HTTP port instead, for example http://localhost:7474.");
        }
        return new Neo4jOptions { Uri = parsed, User = user, Password = password, Database = database };
    }
}
