using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Extraction;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Reading;
using Graph.Storage.Sqlite;
using Graph.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineTests : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();
    private SqliteGraphStore store = null!;

    public ValueTask InitializeAsync()
    {
        store = new SqliteGraphStore(folder.File("graph.db"));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }

    private Task<IngestSummary> IngestAsync(IArticleExtractor extractor, IngestOptions? options = null, params string[] paths) =>
        new IngestionPipeline(extractor, store, ArticleSources.Default, NullLogger<IngestionPipeline>.Instance, TimeProvider.System)
            .RunAsync(paths.Length == 0 ? [Path.Combine(folder.Path, "articles")] : paths, options ?? new IngestOptions { BatchSize = 3 });

    private void WriteArticles(int count)
    {
        for (var i = 0; i < count; i++)
        {
            folder.Write($"articles/{i:000}.txt", $"Story {i}\n\n@Ana met @Person{i} today.");
        }
    }

    [Fact]
    public async Task EveryArticleIsExtractedAndStored()
    {
        WriteArticles(10);

        var summary = await IngestAsync(new FakeExtractor());

        Assert.Equal(new ArticleCounts(10, 0, 0, 0, 0), summary.Articles);
        Assert.Equal(10, summary.Store.Articles);
        Assert.Equal(11, summary.Store.People);
        Assert.Equal(10, summary.Store.Meetings);
    }

    [Fact]
    public async Task IngestingTheSameFilesAgainAddsNothingAndExtractsNothing()
    {
        WriteArticles(10);
        var first = await IngestAsync(new FakeExtractor());
        var extractor = new FakeExtractor();

        var second = await IngestAsync(extractor);

        Assert.Equal(new ArticleCounts(0, 0, 10, 0, 0), second.Articles);
        Assert.Equal(first.Store, second.Store);
        Assert.Equal(0, extractor.Calls);
    }

    [Fact]
    public async Task ANewerExtractorReExtractsAndReplacesTheOldFacts()
    {
        folder.Write("articles/a.txt", "Story\n\n@Ana met @Bo.");
        await IngestAsync(new FakeExtractor(version: 1));
        folder.Write("articles/a.txt", "Story\n\n@Ana met @Bo.");

        var summary = await IngestAsync(new FakeExtractor(version: 2));

        Assert.Equal(new ArticleCounts(0, 1, 0, 0, 0), summary.Articles);
        Assert.Equal(1, summary.Store.Meetings);
        var article = Assert.Single(await ReadAllAsync());
        Assert.Equal(2, article.ExtractorVersion);
    }

    [Fact]
    public async Task BadInputIsReportedWithItsLocationAndNeverStopsTheOtherArticles()
    {
        WriteArticles(3);
        folder.Write("articles/empty.txt", "");
        File.WriteAllBytes(folder.File("articles/binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        File.WriteAllBytes(folder.File("articles/latin1.txt"), [0x63, 0x61, 0x66, 0xE9]);
        folder.Write("articles/feed.jsonl", "{\"text\":\"@Cy met @Di.\"}\n{broken\n");
        folder.Write("articles/page.html", "<html><body><nav>only navigation</nav></body></html>");
        folder.Write("articles/explodes.txt", "EXPLODE @Ed");

        var summary = await IngestAsync(new FakeExtractor(), null, Path.Combine(folder.Path, "articles"), folder.File("missing.txt"));

        Assert.Equal(4, summary.Articles.New);
        Assert.Equal(7, summary.Articles.Failed);
        var locations = summary.Failures.Select(failure => Path.GetFileName(failure.Location)).Order().ToList();
        Assert.Equal(["binary.txt", "empty.txt", "explodes.txt", "feed.jsonl:2", "latin1.txt", "missing.txt", "page.html"], locations);
    }

    [Fact]
    public async Task TheSameTextInTwoFilesIsOneArticle()
    {
        folder.Write("articles/a.txt", "Story\n\n@Ana met @Bo.");
        folder.Write("articles/copy/a.txt", "Story\n\n@Ana met @Bo.");

        var summary = await IngestAsync(new FakeExtractor());

        Assert.Equal(new ArticleCounts(1, 0, 1, 0, 0), summary.Articles);
    }

    [Fact]
    public async Task ShardsSplitTheArticlesWithoutOverlapAndTogetherTakeThemAll()
    {
        WriteArticles(30);

        var counts = new List<ArticleCounts>();
        for (var k = 0; k < 3; k++)
        {
            counts.Add((await IngestAsync(new FakeExtractor(), new IngestOptions { Shard = new Shard(k, 3) })).Articles);
        }

        Assert.Equal(30, counts.Sum(c => c.New));
        Assert.All(counts, c => Assert.InRange(c.New, 1, 29));
        Assert.Equal(30, (await store.GetStatisticsAsync()).Articles);
    }

    [Theory]
    [InlineData("1/3", 1, 3)]
    [InlineData("0/1", 0, 1)]
    public void ShardsParseFromKSlashN(string text, int index, int count) =>
        Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("3/3")]
    [InlineData("-1/3")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("0/0")]
    public void ShardsOutsideTheRangeAreRefused(string text) =>
        Assert.Throws<FormatException>(() => Shard.Parse(text));

    private async Task<List<ExtractedArticle>> ReadAllAsync()
    {
        var articles = new List<ExtractedArticle>();
        await foreach (var article in store.ReadArticlesAsync())
        {
            articles.Add(article);
        }
        return articles;
    }
}
