using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Storage.Sqlite;
using Graph.Web.Hosting;
using Graph.Queries.Neighbourhoods;
using Graph.Queries;
using Graph.Queries.Graphs;
using Graph.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Web.Tests.Api;

/// <summary>Answers are cached until the store changes; then the next answer shows the change.</summary>
public sealed class StoreChangeTests
{
    private static readonly string AnnasNeighbourhood = $"/api/entities/{Uri.EscapeDataString(SampleGraph.Anna)}/neighbourhood";

    [Fact]
    public async Task AnArticleIngestedWhileServingShowsUpOnceTheWatcherSeesTheChange()
    {
        await using var factory = new SqliteGraphWebFactory();
        await factory.InitializeAsync();
        var client = factory.CreateClient();
        var watcher = factory.Services.GetRequiredService<GraphChangeWatcher>();
        await factory.Services.GetRequiredService<GraphSnapshotProvider>().WhenReadyAsync(TestContext.Current.CancellationToken);
        var before = await client.GetOkAsync<Page<EntitySummary>>("/api/entities?q=zed");
        var hoodBefore = await client.GetOkAsync<Neighbourhood>(AnnasNeighbourhood);
        await watcher.CheckAsync(TestContext.Current.CancellationToken);

        var article = new ArticleBuilder("Newcomer arrives", "Zed Newman met Anna Kovács in Veloria.", "2024-04-01");
        var zed = article.Entity(EntityType.Person, "Zed Newman");
        var anna = article.Entity(EntityType.Person, "Anna Kovács");
        article.Relation(RelationType.Met, zed, anna, "Zed Newman met Anna Kovács in Veloria.", MeetingStatus.Held);
        await using (var store = new SqliteGraphStore(factory.DatabaseFile))
        {
            await store.SaveArticlesAsync([article.Build()], TestContext.Current.CancellationToken);
        }
        var stale = await client.GetOkAsync<Page<EntitySummary>>("/api/entities?q=zed");
        var changed = await watcher.CheckAsync(TestContext.Current.CancellationToken);
        var after = await client.GetOkAsync<Page<EntitySummary>>("/api/entities?q=zed");
        var hoodAfter = await client.GetOkAsync<Neighbourhood>(AnnasNeighbourhood);

        Assert.Empty(before.Items);
        Assert.Empty(stale.Items);
        Assert.True(changed);
        Assert.Equal([zed], after.Items.Select(entity => entity.Id));
        Assert.DoesNotContain(hoodBefore.Nodes, node => node.Id == zed);
        Assert.Contains(hoodAfter.Nodes, node => node.Id == zed);
    }
}
