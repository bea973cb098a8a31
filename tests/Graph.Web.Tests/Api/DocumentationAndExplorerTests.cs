using System.Text.Json;
using Graph.Web.Tests.Fixtures;

namespace Graph.Web.Tests.Api;

public sealed class DocumentationAndExplorerTests(SqliteGraphWebFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task TheOpenApiDocumentListsEveryEndpoint()
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();

        Assert.Contains("/api/entities", paths);
        Assert.Contains("/api/entities/{entity}", paths);
        Assert.Contains("/api/entities/{entity}/relationships", paths);
        Assert.Contains("/api/entities/{entity}/neighbourhood", paths);
        Assert.Contains("/api/quotes", paths);
        Assert.Contains("/api/connections", paths);
        Assert.Contains("/api/insights/brokers", paths);
    }

    [Fact]
    public async Task TheApiReferencePageIsServed()
    {
        var page = await client.GetStringAsync("/api/reference/", TestContext.Current.CancellationToken);

        Assert.Contains("openapi/v1.json", page);
    }

    [Fact]
    public async Task TheExplorerPageIsServedAtTheRoot()
    {
        var page = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("dist/app.js", page);
        Assert.Contains("npm", page);
    }
}
