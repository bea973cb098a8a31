using System.Net;
using Graph.Core.Storage;
using Graph.Queries.Connections;
using Graph.Queries.Graphs;
using Graph.Web.Hosting;
using Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Web.Tests.Api;

/// <summary>Expensive queries run a few at a time; one more is turned away at once, and cheap requests never wait.</summary>
public sealed class ExpensiveQueryLimiterTests
{
    private static readonly string ThroughQuotes =
        $"/api/connections?from={Uri.EscapeDataString("Peter Lind")}&to={Uri.EscapeDataString("Anna Kovács")}&quotes=true";

    [Fact]
    public async Task OverTheLimitAnExpensiveQueryIsAnswered429WithRetryAfterWhileCheapOnesAnswer()
    {
        await using var data = new SqliteGraphWebFactory();
        await data.InitializeAsync();
        HeldGraphReader? reader = null;
        await using var factory = data.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Graph:ExpensiveQueries", "1");
            builder.UseSetting("Graph:ExpensiveQueryQueue", "0");
            builder.UseSetting("Graph:ResponseCache", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<IGraphReader>(provider =>
                reader = new HeldGraphReader(provider.GetRequiredService<IGraphStore>())));
        });
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<GraphSnapshotProvider>().WhenReadyAsync(TestContext.Current.CancellationToken);
        var release = new TaskCompletionSource();
        reader!.RelationshipsHeldBy = release.Task;

        var first = client.GetAsync(ThroughQuotes, TestContext.Current.CancellationToken);
        await reader.RelationshipsRequested.Task.WaitAsync(TestContext.Current.CancellationToken);
        using var second = await client.GetAsync(ThroughQuotes + "&limit=2", TestContext.Current.CancellationToken);
        await client.GetOkAsync<Queries.Page<Core.Queries.EntitySummary>>("/api/entities?q=anna");
        await client.GetOkAsync<System.Text.Json.JsonElement>("/api/statistics");
        release.SetResult();
        using var firstAnswer = await first;

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), second.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, firstAnswer.StatusCode);
    }

    [Theory]
    [InlineData("/api/connections", "?from=a&to=b", false)]
    [InlineData("/api/connections", "?from=a&to=b&maxHops=4", false)]
    [InlineData("/api/connections", "?from=a&to=b&maxHops=5", true)]
    [InlineData("/api/connections", "?from=a&to=b&quotes=true", true)]
    [InlineData("/api/entities/a/neighbourhood", "?depth=2", false)]
    [InlineData("/api/entities/a/neighbourhood", "?depth=3", true)]
    [InlineData("/api/entities", "?q=a", false)]
    [InlineData("/api/connections", "?from=a&to=b&since=2018-01-01", true)]
    [InlineData("/api/entities/a/neighbourhood", "?until=2018-12-31", true)]
    [InlineData("/api/insights/brokers", "?since=2018-01-01", true)]
    [InlineData("/api/insights/brokers", "", false)]
    public void OnlyLongPathsPathsThroughQuotesDeepNeighbourhoodsAndPeriodsAreExpensive(string path, string query, bool expensive)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);

        Assert.Equal(expensive, ExpensiveQueryLimiter.IsExpensive(context.Request));
    }
}
