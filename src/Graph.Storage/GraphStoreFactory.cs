using Graph.Core.Storage;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Graph.Storage;

/// <summary>Opens the store the settings choose. The caller owns (and disposes) the store.</summary>
public static class GraphStoreFactory
{
    public static IGraphStore Create(StoreSettings settings, ILoggerFactory loggerFactory) => settings.Kind switch
    {
        StoreKind.Sqlite => new SqliteGraphStore(settings.DatabaseFile),
        StoreKind.Neo4j => new Graph.Storage.Neo4j.Neo4jGraphStore(settings.Neo4j ?? throw new StoreConfigurationException("The Neo4j store needs NEO4J_URI, for example http://localhost:7474."), loggerFactory),
        _ => throw new ArgumentOutOfRangeException(nameof(settings)),
    };
}
