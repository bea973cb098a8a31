namespace Graph.Storage.Neo4j.Export;

/// <summary>What an export wrote: the CSV files, the command that imports them, and how much they hold.</summary>
/// <param name="ImportCommand">The exact <c>neo4j-admin database import full</c> command, to run from <paramref name="Directory"/>.</param>
public sealed record Neo4jAdminExport(
    string Directory,
    IReadOnlyList<string> Files,
    string ImportCommand,
    int Articles,
    int Nodes,
    int Relationships);
