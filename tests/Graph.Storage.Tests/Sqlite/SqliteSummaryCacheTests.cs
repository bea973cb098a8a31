using Graph.Storage.Sqlite;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>Summaries are kept between reads, and never outlive a change of the data, whoever made it.</summary>
public sealed class SqliteSummaryCacheTests
{
    private static Core.Storage.ExtractedArticle Article(string text, string source, params string[] names)
    {
        var article = new ArticleBuilder(text, source);
        article.Person(names[0], names[1..]);
        return article.Build();
    }

    [Fact]
    public async Task ANameAddedByAnotherProcessShowsInTheNextSummary()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("graph.db");
        await using var server = new SqliteGraphStore(file);
        await server.InitializeAsync(TestContext.Current.CancellationToken);
        await server.SaveArticlesAsync([Article("Ana Varga spoke.", "one.txt", "Ana Varga")], TestContext.Current.CancellationToken);
        var before = await server.GetEntityAsync("person:ana-varga", TestContext.Current.CancellationToken);

        // Another store on the same file stands for an ingest running beside the server.
        await using (var ingest = new SqliteGraphStore(file))
        {
            await ingest.SaveArticlesAsync([Article("Ana Varga, known as Annie, spoke.", "two.txt", "Ana Varga", "Annie")], TestContext.Current.CancellationToken);
        }
        var after = await server.GetEntityAsync("person:ana-varga", TestContext.Current.CancellationToken);

        Assert.Equal((1, false), (before!.ArticleCount, before.Aliases.Contains("Annie")));
        Assert.Equal((2, true), (after!.ArticleCount, after.Aliases.Contains("Annie")));
    }

    [Fact]
    public async Task AnUnchangedStoreAnswersTheSameSummaryFromMemory()
    {
        using var folder = new TemporaryDirectory();
        await using var store = new SqliteGraphStore(folder.File("graph.db"));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.SaveArticlesAsync([Article("Ana Varga spoke.", "one.txt", "Ana Varga")], TestContext.Current.CancellationToken);

        var first = await store.GetEntityAsync("person:ana-varga", TestContext.Current.CancellationToken);
        var second = await store.GetEntityAsync("person:ana-varga", TestContext.Current.CancellationToken);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task AnArticleRewrittenByAnotherProcessShowsItsNewDateBesideItsSentences()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("graph.db");
        static Core.Storage.ExtractedArticle Meeting(string date)
        {
            var article = new ArticleBuilder("Ana Varga met Tomas Brel.", "summit.txt");
            return article.Met(article.Person("Ana Varga"), article.Person("Tomas Brel")).Build(date: date);
        }
        await using var server = new SqliteGraphStore(file);
        await server.InitializeAsync(TestContext.Current.CancellationToken);
        await server.SaveArticlesAsync([Meeting("2024-05-01")], TestContext.Current.CancellationToken);
        var key = Assert.Single(await server.GetEdgesAsync(TestContext.Current.CancellationToken)).Key;
        var before = Assert.Single(Assert.Single(await server.GetEvidenceAsync([key], Core.Queries.Period.All, 5, TestContext.Current.CancellationToken)));

        await using (var ingest = new SqliteGraphStore(file))
        {
            await ingest.SaveArticlesAsync([Meeting("2024-06-02")], TestContext.Current.CancellationToken);
        }
        var after = Assert.Single(Assert.Single(await server.GetEvidenceAsync([key], Core.Queries.Period.All, 5, TestContext.Current.CancellationToken)));

        Assert.Equal(("2024-05-01", "2024-06-02"), (before.Article.Date, after.Article.Date));
    }
}
