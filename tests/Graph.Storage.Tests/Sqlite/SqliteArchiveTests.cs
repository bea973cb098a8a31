using Graph.Storage.Sqlite;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>What the embedded store hands to an export: its articles and the links its last linking pass made.</summary>
public sealed class SqliteArchiveTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task TheArchiveGivesTheLinksOfTheLastLinkingPassByRawId()
    {
        await using var store = new SqliteGraphStore(folder.File("archive.db"));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await store.ReadEntityLinksAsync(TestContext.Current.CancellationToken));
        await store.SaveArticlesAsync(StoreContractTests.VargaArticles(), TestContext.Current.CancellationToken);

        var report = await store.LinkEntitiesAsync(TestContext.Current.CancellationToken);
        var links = await store.ReadEntityLinksAsync(TestContext.Current.CancellationToken);

        Assert.Equal(report.Links, links.Count);
        Assert.Contains(links, link => link.RawId == "person:varga" && link.EntityId == "person:ana-varga" && link.Reason.Length > 0);
        Assert.Equal(links.Select(link => link.RawId).Order(StringComparer.Ordinal), links.Select(link => link.RawId));
    }
}
