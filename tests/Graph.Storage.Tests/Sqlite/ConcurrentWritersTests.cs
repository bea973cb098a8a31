using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>Several ingest workers writing one database file at once still build the exact graph.</summary>
public sealed class ConcurrentWritersTests
{
    private static IReadOnlyList<ExtractedArticle> Articles() => Enumerable.Range(0, 40).Select(i =>
    {
        var article = new ArticleBuilder($"Report {i}: Ana Varga met Person{i % 7} Lastname in Vienna.", $"report-{i}.txt");
        var ana = article.Person("Ana Varga");
        var other = article.Person($"Person{i % 7} Lastname");
        return article.Met(ana, other, i % 2 == 0 ? MeetingStatus.Held : MeetingStatus.Planned)
            .Quote(other, $"Report {i}", ana)
            .Build();
    }).ToList();

    [Fact]
    public async Task FourWorkersSavingOverlappingArticlesInDifferentOrdersGiveTheSameGraphAsOne()
    {
        using var folder = new TemporaryDirectory();
        var articles = Articles();
        var expected = await SaveAloneAsync(folder.File("alone.db"), articles);

        var shared = folder.File("shared.db");
        await using (var setup = new SqliteGraphStore(shared))
        {
            await setup.InitializeAsync();
        }
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            await using var store = new SqliteGraphStore(shared);
            var order = articles.OrderBy(article => (article.Article.Id.GetHashCode() * (worker + 1)) % 97).ToList();
            foreach (var batch in order.Chunk(5))
            {
                await store.SaveArticlesAsync(batch);
            }
        }));
        await Task.WhenAll(workers);

        await using var result = new SqliteGraphStore(shared);
        Assert.Equal(expected.Statistics, await result.GetStatisticsAsync());
        Assert.Equal(expected.Edges, await result.GetEdgesAsync());
    }

    private static async Task<(Core.Queries.GraphStatistics Statistics, IReadOnlyList<Core.Queries.GraphEdge> Edges)> SaveAloneAsync(
        string file, IReadOnlyList<ExtractedArticle> articles)
    {
        await using var store = new SqliteGraphStore(file);
        await store.InitializeAsync();
        await store.SaveArticlesAsync(articles);
        return (await store.GetStatisticsAsync(), await store.GetEdgesAsync());
    }
}
