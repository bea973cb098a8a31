using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>Linking depends on the set of articles, not on the order or the batches they came in.</summary>
public sealed class SqliteLinkingOrderTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ShuffledArticlesInOtherBatchesGiveTheSameLinkedGraph()
    {
        var articles = StoreContractTests.VargaArticles();
        var expected = await LinkedGraphAsync("in-order.db", [articles]);
        var random = new Random(11);
        for (var trial = 0; trial < 4; trial++)
        {
            var shuffled = articles.OrderBy(_ => random.Next()).ToList();
            var batches = shuffled.Chunk(1 + trial).Select(batch => (IReadOnlyList<ExtractedArticle>)batch).ToList();

            Assert.Equal(expected, await LinkedGraphAsync($"shuffled-{trial}.db", batches));
        }
    }

    /// <summary>Stores the batches, linking after each (as one ingest run per batch would), and describes what the store then answers.</summary>
    private async Task<string> LinkedGraphAsync(string file, IReadOnlyList<IReadOnlyList<ExtractedArticle>> batches)
    {
        await using var store = new SqliteGraphStore(folder.File(file));
        await store.InitializeAsync();
        foreach (var batch in batches)
        {
            await store.SaveArticlesAsync(batch);
            await store.LinkEntitiesAsync();
        }
        var people = await store.SearchEntitiesAsync(new EntityQuery("", Limit: 100));
        var edges = await store.GetEdgesAsync();
        var quotes = await store.FindQuotesAsync(new QuoteQuery(Limit: 100));
        return string.Join("\n",
            people.Select(entity => $"{entity.Id} {entity.Name} [{string.Join(", ", entity.Aliases)}] {entity.ArticleCount}")
                .Concat(edges.Select(edge => $"{edge.Type} {edge.SourceId} {edge.TargetId}"))
                .Concat(quotes.Select(quote => $"{quote.Id} {quote.Speaker.Id}"))
                .Append((await store.GetStatisticsAsync()).ToString()));
    }
}
