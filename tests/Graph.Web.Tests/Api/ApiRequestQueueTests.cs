using System.Net;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.TestSupport;
using Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Web.Tests.Api;

/// <summary>At most Graph:ConcurrentRequests API requests run at once; the others wait their turn; the statistics never wait.</summary>
public sealed class ApiRequestQueueTests
{
    [Fact]
    public async Task ARequestWaitsForTheOneRunningWhileTheStatisticsAnswer()
    {
        using var folder = new TemporaryDirectory();
        var reader = new GatedSearch();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Graph:Db", folder.File("graph.db"));
            builder.UseSetting("Graph:ConcurrentRequests", "1");
            builder.UseSetting("Graph:ResponseCache", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<IGraphReader>(new SearchHookReader(reader.SearchEntitiesAsync)));
        });
        var client = factory.CreateClient();
        var cancellation = TestContext.Current.CancellationToken;

        var first = client.GetAsync("/api/entities?q=ana", cancellation);
        await reader.FirstEntered.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellation);
        var second = client.GetAsync("/api/entities?q=tomas", cancellation);
        var statistics = await client.GetAsync("/api/statistics", cancellation);
        await Task.Delay(300, cancellation);

        Assert.Equal(HttpStatusCode.OK, statistics.StatusCode);
        Assert.Equal(1, reader.Searches);
        Assert.False(second.IsCompleted);
        reader.Release.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second).StatusCode);
        Assert.Equal(2, reader.Searches);
    }

    /// <summary>Every search waits until the test releases them; the first says when it has started.</summary>
    private sealed class GatedSearch
    {
        private int searches;

        public TaskCompletionSource FirstEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Searches => Volatile.Read(ref searches);

        public async Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref searches);
            FirstEntered.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return [];
        }
    }
}
