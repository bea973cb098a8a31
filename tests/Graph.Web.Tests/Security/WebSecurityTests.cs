using System.Net;
using Graph.Storage.Sqlite;
using Graph.TestSupport;
using Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;

namespace Graph.Web.Tests.Security;

/// <summary>Issue 12, item 2: the app as `graph serve` starts it, on real Kestrel, answers only its own host names, with security headers.</summary>
public sealed class WebSecurityTests : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();
    private WebApplication? app;
    private HttpClient? client;

    private HttpClient Client => client!;

    public async ValueTask InitializeAsync()
    {
        var database = folder.File("graph.db");
        await using (var store = new SqliteGraphStore(database))
        {
            await store.InitializeAsync(TestContext.Current.CancellationToken);
            await store.SaveArticlesAsync(SampleGraph.Articles(), TestContext.Current.CancellationToken);
        }
        app = GraphWebApp.Create(["--Graph:Store=sqlite", $"--Graph:Db={database}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        folder.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/statistics")]
    [InlineData("/api/entities/Nobody%20Known")]
    public async Task EveryAnswerCarriesTheSecurityHeadersAndNoServerHeader(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(",", response.Headers.Server)}");
    }

    [Fact]
    public async Task TheApiReferenceMayRunItsInlineScriptButMayNotBeFramed()
    {
        using var response = await Client.GetAsync("/api/reference/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task TheLocalHostNamesAreServed(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/statistics");
        request.Headers.Host = $"{host}:5080";

        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnotherHostNameIsRefusedSoAPageOnAnotherSiteCannotReadTheGraphThroughDnsRebinding()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/statistics");
        request.Headers.Host = "evil.example";

        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("articles", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;
}
