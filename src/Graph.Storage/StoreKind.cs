namespace Graph.Storage;

public enum StoreKind
{
    /// <summary>The embedded SQLite file: the default, needs nothing installed.</summary>
    Sqlite,

    /// <summary>A Neo4j server reached through its HTTP Query API.</summary>
    Neo4j,
}
