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
        StoreKind.Neo4j => throw new StoreConfigurationException("The Neo4j store is not available yet."),
        _ => throw new ArgumentOutOfRangeException(nameof(settings)),
    };
}
