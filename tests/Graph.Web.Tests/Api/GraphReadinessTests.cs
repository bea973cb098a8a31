using System.Net;
using System.Text.Json;
using Graph.Core.Storage;
using Graph.Queries.Connections;
using Graph.Queries.Graphs;
using Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Web.Tests.Api;

/// <summary>The in-memory graph is built in the background: until it is ready its endpoints say so, and the rest answer.</summary>
public sealed class GraphReadinessTests
{
    private static readonly string Path = $"/api/connections?from={Uri.EscapeDataString("Peter Lind")}&to={Uri.EscapeDataString("Anna Kovács")}";

    [Fact]
    public async Task UntilTheGraphIsBuiltItsEndpointsAnswer503WithRetryAfterAndTheOthersAnswer()
    {
        await using var data = new SqliteGraphWebFactory();
        await data.InitializeAsync();
        var release = new TaskCompletionSource();
        await using var factory = data.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IGraphReader>(provider => new HeldGraphReader(provider.GetRequiredService<IGraphStore>()) { EdgesHeldBy = release.Task })));
        var client = factory.CreateClient();

        foreach (var url in new[] { Path, $"/api/entities/{Uri.EscapeDataString(SampleGraph.Anna)}/neighbourhood", "/api/insights/brokers" })
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter?.Delta);
            Assert.Contains("being loaded into memory", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
        }
        var before = await client.GetOkAsync<JsonElement>("/api/statistics");
        await client.GetOkAsync<JsonElement>("/api/entities?q=anna");
        // A lookup waits for the graph a moment instead of answering 503.
        var details = client.GetAsync($"/api/entities/{Uri.EscapeDataString(SampleGraph.Anna)}", TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.False(details.IsCompleted);

        release.SetResult();
        using (var answered = await details)
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        await factory.Services.GetRequiredService<GraphSnapshotProvider>().WhenReadyAsync(TestContext.Current.CancellationToken);
        var after = await client.GetOkAsync<JsonElement>("/api/statistics");
        var connections = await client.GetOkAsync<EntityConnections>(Path);

        Assert.False(before.GetProperty("graph").GetProperty("ready").GetBoolean());
        Assert.True(before.GetProperty("articles").GetInt32() > 0);
        Assert.True(after.GetProperty("graph").GetProperty("ready").GetBoolean());
        Assert.NotEmpty(connections.Paths);
    }
}
