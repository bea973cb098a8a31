using Graph.Storage.Neo4j;

namespace Graph.Storage;

/// <summary>
/// Which store to use and how to reach it. Read from settings named either way:
/// <c>Graph:Store</c> / <c>GRAPH_STORE</c> (sqlite or neo4j), <c>Graph:Db</c> / <c>GRAPH_DB</c> (the SQLite file),
/// and <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>.
/// </summary>
public sealed record StoreSettings
{
    public const string DefaultDatabaseFile = "graph.db";

    public StoreKind Kind { get; init; } = StoreKind.Sqlite;

    public string DatabaseFile { get; init; } = DefaultDatabaseFile;

    public Neo4jOptions? Neo4j { get; init; }

    /// <summary>Builds settings from a key lookup (configuration or environment); throws a user-facing message on bad values.</summary>
    public static StoreSettings From(Func<string, string?> setting)
    {
        string? Read(params string[] keys) =>
            keys.Select(setting).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

        var kind = ParseKind(Read("Graph:Store", "GRAPH_STORE"));
        var settings = new StoreSettings
        {
            Kind = kind,
            DatabaseFile = Read("Graph:Db", "GRAPH_DB") ?? DefaultDatabaseFile,
        };
        if (kind != StoreKind.Neo4j)
        {
            return settings;
        }
        var uri = Read("Neo4j:Uri", "NEO4J_URI")
            ?? throw new StoreConfigurationException("The Neo4j store needs NEO4J_URI, for example http://localhost:7474.");
        try
        {
            return settings with
            {
                Neo4j = Neo4jOptions.Parse(
                    uri,
                    Read("Neo4j:User", "NEO4J_USER") ?? "neo4j",
                    Read("Neo4j:Password", "NEO4J_PASSWORD") ?? "",
                    Read("Neo4j:Database", "NEO4J_DATABASE") ?? "neo4j"),
            };
        }
        catch (ArgumentException e)
        {
            throw new StoreConfigurationException(e.Message);
        }
    }

    private static StoreKind ParseKind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StoreKind.Sqlite,
        "neo4j" => StoreKind.Neo4j,
        _ => throw new StoreConfigurationException($"Unknown store '{value}': use sqlite or neo4j."),
    };
}
