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

/// <summary>A request the store cannot answer in time ends with a 503 ProblemDetails instead of holding the server.</summary>
public sealed class RequestTimeoutTests
{
    [Fact]
    public async Task ASearchTheStoreNeverAnswersEndsWithA503Problem()
    {
        using var folder = new TemporaryDirectory();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Graph:Db", folder.File("graph.db"));
            builder.UseSetting("Graph:RequestTimeout", "00:00:00.200");
            builder.UseSetting("Graph:ResponseCache", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<IGraphReader>(new SearchHookReader(StallAsync)));
        });
        var client = factory.CreateClient();

        var problem = await client.GetProblemAsync("/api/entities?q=anyone", HttpStatusCode.ServiceUnavailable);

        Assert.Equal(503, problem.GetProperty("status").GetInt32());
    }

    /// <summary>A search that waits until the request is given up.</summary>
    private static async Task<IReadOnlyList<EntitySummary>> StallAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return [];
    }
}
