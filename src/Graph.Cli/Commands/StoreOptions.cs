using System.CommandLine;
using Graph.Storage;

namespace Graph.Cli.Commands;

/// <summary>The options that choose the store, shared by every command that opens one.</summary>
internal sealed class StoreOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"The embedded SQLite database file (default: {StoreSettings.DefaultDatabaseFile} in the working directory, or GRAPH_DB).",
    };

    public Option<string?> Store { get; } = new("--store")
    {
        Description = "Which store to use: sqlite (default) or neo4j (then set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Also GRAPH_STORE.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Store);
    }

    /// <summary>Command-line values win over the environment.</summary>
    public StoreSettings Read(ParseResult parseResult)
    {
        var database = parseResult.GetValue(Database);
        var store = parseResult.GetValue(Store);
        return StoreSettings.From(key => key switch
        {
            "Graph:Db" => database,
            "Graph:Store" => store,
            _ => Environment.GetEnvironmentVariable(key),
        });
    }

    /// <summary>The same choice, as configuration arguments for the web app.</summary>
    public IEnumerable<string> AsConfigurationArguments(StoreSettings settings)
    {
        yield return $"--Graph:Store={settings.Kind.ToString().ToLowerInvariant()}";
        yield return $"--Graph:Db={Path.GetFullPath(settings.DatabaseFile)}";
    }
}
