using Graph.Core.Storage;
using Graph.Extraction;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Reading;
using Graph.Storage.Sqlite;
using Graph.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Web.BrowserTests;

/// <summary>
/// The app exactly as `graph serve` starts it, on a free local port, over a SQLite file holding real articles
/// from ../shared/corpus run through the real extractor.
/// </summary>
public sealed class ExplorerServer : IAsyncDisposable
{
    private readonly TemporaryDirectory folder;
    private readonly WebApplication app;

    private ExplorerServer(TemporaryDirectory folder, WebApplication app, string address)
    {
        this.folder = folder;
        this.app = app;
        Address = address;
    }

    public string Address { get; }

    /// <param name="extracted">Articles stored as given, past the readers (for what ingestion would refuse).</param>
    public static async Task<ExplorerServer> StartAsync(
        IReadOnlyList<string> articlePaths, CancellationToken cancellationToken, IReadOnlyList<ExtractedArticle>? extracted = null)
    {
        var folder = new TemporaryDirectory();
        var database = folder.File("graph.db");
        await using (var store = new SqliteGraphStore(database))
        {
            // The real ingestion path: the readers, the extractor and the store, as `graph ingest` runs them.
            var pipeline = new IngestionPipeline(
                new ArticleExtractor(), store, ArticleSources.Default, NullLogger<IngestionPipeline>.Instance, TimeProvider.System);
            var summary = await pipeline.RunAsync(articlePaths, new IngestOptions(), cancellationToken: cancellationToken);
            if (summary.HasFailures)
            {
                throw new InvalidOperationException($"Ingesting the test articles failed: {string.Join("; ", summary.Failures)}");
            }
            if (extracted is { Count: > 0 })
            {
                await store.SaveArticlesAsync(extracted, cancellationToken);
            }
        }
        var app = GraphWebApp.Create([$"--Graph:Store=sqlite", $"--Graph:Db={database}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync(cancellationToken);
        // The in-memory graph is built in the background; the page's drawings need it.
        await app.Services.GetRequiredService<Graph.Queries.Graphs.GraphSnapshotProvider>().WhenReadyAsync(cancellationToken);
        // With port 0 the server picks a free port; Urls then holds the address it bound.
        var address = app.Urls.First();
        return new ExplorerServer(folder, app, address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        folder.Dispose();
    }
}
