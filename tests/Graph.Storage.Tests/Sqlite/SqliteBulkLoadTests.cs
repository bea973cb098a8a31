using Graph.Core.Queries;
using Graph.Storage.Sqlite;
using Graph.TestSupport;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

public sealed class SqliteBulkLoadTests
{
    [Fact]
    public async Task ABulkLoadIntoAnEmptyStoreBuildsItsIndexesAtTheEndAndStoresWhatBatchByBatchWritesStore()
    {
        using var folder = new TemporaryDirectory();
        await using var reference = await StoreAsync(folder.File("reference.db"));
        await SaveInBatchesAsync(reference);
        await using var bulk = await StoreAsync(folder.File("bulk.db"));
        var indexes = await IndexesAsync(bulk.DatabaseFile);

        await bulk.BeginBulkLoadAsync();
        var duringLoad = await IndexesAsync(bulk.DatabaseFile);
        await SaveInBatchesAsync(bulk);
        await bulk.EndBulkLoadAsync();
        await reference.LinkEntitiesAsync();
        await bulk.LinkEntitiesAsync();

        Assert.NotEmpty(indexes);
        Assert.Empty(duringLoad);
        Assert.Equal(indexes, await IndexesAsync(bulk.DatabaseFile));
        Assert.Equal(await reference.GetStatisticsAsync(), await bulk.GetStatisticsAsync());
        Assert.Equal(await reference.GetEdgesAsync(), await bulk.GetEdgesAsync());
        Assert.Equal(await SummariesAsync(reference), await SummariesAsync(bulk));
    }

    [Fact]
    public async Task ABulkLoadThatStopsBeforeItsEndIsCompletedAtTheNextStart()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("stopped.db");
        await using (var stopped = await StoreAsync(file))
        {
            await stopped.BeginBulkLoadAsync();
            await SaveInBatchesAsync(stopped);
        }

        await using var restarted = await StoreAsync(file);

        var found = Assert.Single(await restarted.SearchEntitiesAsync(new EntityQuery("brel")));
        Assert.Equal(("person:tomas-brel", 2), (found.Id, found.ArticleCount));
        Assert.NotEmpty(await IndexesAsync(file));
    }

    [Fact]
    public async Task ABulkLoadIntoAStoreThatHoldsArticlesKeepsItsIndexesAndCounts()
    {
        using var folder = new TemporaryDirectory();
        await using var store = await StoreAsync(folder.File("graph.db"));
        var first = StoreContractTests.VargaArticles();
        await store.SaveArticlesAsync([first[0]]);
        var indexes = await IndexesAsync(store.DatabaseFile);

        await store.BeginBulkLoadAsync();
        await store.SaveArticlesAsync([.. first.Skip(1)]);

        Assert.Equal(indexes, await IndexesAsync(store.DatabaseFile));
        var found = Assert.Single(await store.SearchEntitiesAsync(new EntityQuery("brel")));
        Assert.Equal(2, found.ArticleCount);
    }

    private static async Task<SqliteGraphStore> StoreAsync(string file)
    {
        var store = new SqliteGraphStore(file);
        await store.InitializeAsync();
        return store;
    }

    private static async Task SaveInBatchesAsync(SqliteGraphStore store)
    {
        var articles = StoreContractTests.VargaArticles();
        await store.SaveArticlesAsync([.. articles.Take(2)]);
        await store.SaveArticlesAsync([.. articles.Skip(2)]);
    }

    /// <summary>Every entity as browsing lists it, then as searching a few names finds it (from the search rows).</summary>
    private static async Task<List<string>> SummariesAsync(SqliteGraphStore store)
    {
        var found = new List<EntitySummary>(await store.SearchEntitiesAsync(new EntityQuery("", Limit: 100)));
        foreach (var text in new[] { "varga", "brel", "austria", "ana" })
        {
            found.AddRange(await store.SearchEntitiesAsync(new EntityQuery(text)));
        }
        return [.. found.Select(entity => $"{entity.Id} {entity.Name} {entity.ArticleCount} {string.Join('|', entity.Aliases)}")];
    }

    private static async Task<List<string>> IndexesAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }
}
