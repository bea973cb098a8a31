using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Graph.Storage;
using Graph.Storage.Neo4j;
using Microsoft.AspNetCore.Hosting;

namespace Graph.Web.Tests.Fixtures;

/// <summary>
/// The real app on Neo4j, when NEO4J_URI points at one (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as for the app).
/// The database is emptied first, so use a throw-away instance (docker compose up neo4j). Without NEO4J_URI every
/// Neo4j test is skipped, visibly, on CI too: no Neo4j runs where CI runs.
/// </summary>
public sealed class Neo4jGraphWebFactory : GraphWebApiFactory
{
    private static readonly string? Uri = Environment.GetEnvironmentVariable("NEO4J_URI");

    private StoreSettings? settings;

    public override async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Uri))
        {
            return;
        }
        settings = StoreSettings.From(key => key == "Graph:Store" ? "neo4j" : Environment.GetEnvironmentVariable(key));
        await ClearAsync(settings.Neo4j!);
        await using var store = GraphStoreFactory.Create(settings, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        await store.InitializeAsync();
        await store.SaveArticlesAsync(SampleGraph.Articles());
    }

    public override bool StoreFindsPaths => true;

    public override void SkipUnlessAvailable()
    {
        if (settings is null)
        {
            Assert.Skip("NEO4J_URI is not set: the API tests on Neo4j need a running Neo4j (docker compose up neo4j, then NEO4J_URI=http://localhost:7474).");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Store", "neo4j");
        builder.UseEnvironment("Testing");
    }

    // The clearing statement is embedded in the test assemblies only, so it is sent here through the Query API.
    private static async Task ClearAsync(Neo4jOptions options)
    {
        using var reader = new StreamReader(typeof(Neo4jGraphWebFactory).Assembly.GetManifestResourceStream("clear-database.cypher")!);
        var statement = await reader.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = options.Uri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        using var response = await http.PostAsJsonAsync($"db/{System.Uri.EscapeDataString(options.Database)}/query/v2", new { statement });
        response.EnsureSuccessStatusCode();
    }
}
