using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// The store contract against a real Neo4j, when NEO4J_URI points at one (NEO4J_USER, NEO4J_PASSWORD and
/// NEO4J_DATABASE as for the application). Each test empties that database first: use a throw-away instance,
/// such as the one docker-compose.yml starts. Without NEO4J_URI every test is skipped, visibly, on CI too:
/// no Neo4j can run where CI runs.
/// </summary>
public sealed class Neo4jStoreContractTests : StoreContractTests
{
    private Neo4jOptions? options;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            Assert.Skip("NEO4J_URI is not set: the Neo4j store contract needs a running Neo4j (for example docker compose up neo4j, then NEO4J_URI=http://localhost:7474).");
        }
        options = Neo4jOptions.Parse(
            uri,
            Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
            Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j");
        var store = new Neo4jGraphStore(options);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.ClearAsync(ClearStatement.Value, TestContext.Current.CancellationToken);
        return store;
    }

    [Fact]
    public async Task WorkersWritingOverlappingArticlesAtOnceLeaveTheGraphOneWriterWould()
    {
        // Every article names the same people, so concurrent transactions lock the same nodes: deadlocks are
        // likely, and must be retried away without losing or doubling anything.
        var articles = Enumerable.Range(0, 40).Select(i =>
        {
            var article = new ArticleBuilder($"Ana Varga met Tomas Brel, part {i}.", $"part-{i}.txt");
            var ana = article.Person("Ana Varga");
            var tomas = article.Person("Tomas Brel");
            var austria = article.Country("Austria");
            return article.Met(i % 2 == 0 ? ana : tomas, i % 2 == 0 ? tomas : ana).LeaderOf(ana, austria).Build();
        }).ToList();
        var workers = Enumerable.Range(0, 4).Select(_ => new Neo4jGraphStore(options!) { BatchSize = 5 }).ToList();

        await Task.WhenAll(workers.Select((worker, k) =>
            worker.SaveArticlesAsync([.. articles.Where((_, i) => i % workers.Count == k)], TestContext.Current.CancellationToken)));
        await Task.WhenAll(workers.Select(worker => worker.DisposeAsync().AsTask()));

        Assert.Equal(new Graph.Core.Queries.GraphStatistics(40, 2, 1, 0, 1, 0, 1, 0), await Store.GetStatisticsAsync(TestContext.Current.CancellationToken));
        var meeting = Assert.Single(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met, TestContext.Current.CancellationToken));
        Assert.Equal(40, meeting.Evidence.Length);
        Assert.Equal(40, (await Store.GetEntityAsync("person:tomas-brel", TestContext.Current.CancellationToken))?.ArticleCount);
    }
}
