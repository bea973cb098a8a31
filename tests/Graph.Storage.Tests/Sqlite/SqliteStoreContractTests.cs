using Graph.Core.Storage;
using Graph.Storage.Sqlite;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Sqlite;

public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly TemporaryDirectory folder = new();

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = new SqliteGraphStore(folder.File("graph.db"));
        await store.InitializeAsync();
        return store;
    }

    public void Dispose() => folder.Dispose();
}
