using Graph.Core.Linking;
using Graph.Core.Model;
using Graph.Core.Queries;
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
    public async Task AnIngestIntoAnEmptyStoreEndsWithEveryEntityCountedAndSearchable()
    {
        WriteArticles(10);

        await IngestAsync(new FakeExtractor());

        // The store deferred its entity counts and search rows to the end of the bulk load: the run ended it.
        var ana = Assert.Single(await store.SearchEntitiesAsync(new EntityQuery("ana")));
        Assert.Equal(10, ana.ArticleCount);
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
    public async Task AStoreLinkedByOlderRulesIsLinkedAgainEvenWhenNoArticleChanged()
    {
        WriteArticles(3);
        var first = await IngestAsync(new FakeExtractor());
        var unchanged = await IngestAsync(new FakeExtractor());
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("graph.db")}"))
        {
            await connection.OpenAsync();
            await using var older = connection.CreateCommand();
            older.CommandText = "UPDATE store_state SET value = value - 1 WHERE key = 'linker_version'";
            Assert.Equal(1, await older.ExecuteNonQueryAsync());
        }

        var relinked = await IngestAsync(new FakeExtractor());

        Assert.NotNull(first.Linking);
        Assert.Null(unchanged.Linking);
        Assert.NotNull(relinked.Linking);
        Assert.Equal(new ArticleCounts(0, 0, 3, 0, 0), relinked.Articles);
        Assert.Equal(EntityLinker.Version, await store.GetLinkerVersionAsync());
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

    [Fact]
    public async Task ParallelIngestStoresTheSameGraphAndTallyAsSequential()
    {
        WriteArticles(40);
        folder.Write("articles/copy/005.txt", "Story 5\n\n@Ana met @Person5 today.");
        folder.Write("articles/explodes.txt", "EXPLODE @Ed");
        folder.Write("articles/feed.jsonl", string.Concat(Enumerable.Range(0, 30).Select(i => $"{{\"text\":\"@Bo met @Feed{i % 7} and @Cy{i}.\",\"date\":\"{(i % 5 == 0 ? "0001-01-01" : "3/28/18")}\"}}\n")) + "{broken\n");
        await using var sequentialStore = new SqliteGraphStore(folder.File("sequential.db"));

        var sequential = await new IngestionPipeline(new FakeExtractor(), sequentialStore, ArticleSources.Default, NullLogger<IngestionPipeline>.Instance, TimeProvider.System)
            .RunAsync([Path.Combine(folder.Path, "articles")], new IngestOptions { BatchSize = 4, Parallelism = 1 });
        var parallel = await IngestAsync(new FakeExtractor(), new IngestOptions { BatchSize = 4, Parallelism = 4 });

        Assert.Equal(sequential.Articles, parallel.Articles);
        Assert.Equal(6, parallel.Articles.Warnings);
        Assert.Equal(sequential.Failures, parallel.Failures);
        Assert.Equal(sequential.Store, parallel.Store);
        Assert.Equal(Describe(await sequentialStore.GetEdgesAsync()), Describe(await store.GetEdgesAsync()));
        Assert.Equal(await DescribeArticlesAsync(sequentialStore), await DescribeArticlesAsync(store));
    }

    [Fact]
    public async Task ProgressCountsBytesAndArticlesUpToTheWholeInput()
    {
        WriteArticles(10);
        var reports = new List<IngestProgress>();

        await new IngestionPipeline(new FakeExtractor(), store, ArticleSources.Default, NullLogger<IngestionPipeline>.Instance, TimeProvider.System)
            .RunAsync([Path.Combine(folder.Path, "articles")], new IngestOptions { BatchSize = 3 }, new Recorder(reports));

        var last = reports[^1];
        Assert.True(last.Finished);
        Assert.Single(reports, report => report.Finished);
        Assert.Equal(new DirectoryInfo(Path.Combine(folder.Path, "articles")).GetFiles().Sum(file => file.Length), last.BytesTotal);
        Assert.Equal(last.BytesTotal, last.BytesRead);
        Assert.Equal(10, last.Articles.New);
        Assert.True(last.TextBytes > 0 && last.ArticlesPerSecond > 0 && last.MegabytesPerSecond > 0);
        Assert.Equal(TimeSpan.Zero, last.Remaining);
        Assert.Equal(reports.Select(report => report.BytesRead).Order(), reports.Select(report => report.BytesRead));
    }

    private static List<string> Describe(IEnumerable<GraphEdge> edges) =>
        [.. edges.Select(edge => edge.ToString()).Order(StringComparer.Ordinal)];

    private static async Task<List<string>> DescribeArticlesAsync(SqliteGraphStore source)
    {
        var articles = new List<string>();
        await foreach (var article in source.ReadArticlesAsync())
        {
            articles.Add($"{article.Article.Id} {article.Article.Date} {article.Graph.Entities.Length} {article.Graph.Relations.Length}");
        }
        return [.. articles.Order(StringComparer.Ordinal)];
    }

    private sealed class Recorder(List<IngestProgress> reports) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => reports.Add(value);
    }

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
