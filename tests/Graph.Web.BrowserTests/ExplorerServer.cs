using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Extraction;
using Graph.Storage.Sqlite;
using Graph.TestSupport;
using Microsoft.AspNetCore.Builder;

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

    public static async Task<ExplorerServer> StartAsync(IReadOnlyList<string> articlePaths, CancellationToken cancellationToken)
    {
        var folder = new TemporaryDirectory();
        var database = folder.File("graph.db");
        await using (var store = new SqliteGraphStore(database))
        {
            await store.InitializeAsync(cancellationToken);
            var extractor = new ArticleExtractor();
            var articles = new List<ExtractedArticle>();
            foreach (var path in articlePaths)
            {
                var text = await File.ReadAllTextAsync(path, cancellationToken);
                var article = new Article(path, text.Split('\n', 2)[0].Trim(), text);
                articles.Add(new ExtractedArticle(article, extractor.Extract(article), extractor.Version));
            }
            await store.SaveArticlesAsync(articles, cancellationToken);
        }
        var app = GraphWebApp.Create([$"--Graph:Store=sqlite", $"--Graph:Db={database}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync(cancellationToken);
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
