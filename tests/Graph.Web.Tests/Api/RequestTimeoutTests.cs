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
            builder.ConfigureTestServices(services => services.AddSingleton<IGraphReader>(new StalledSearchReader()));
        });
        var client = factory.CreateClient();

        var problem = await client.GetProblemAsync("/api/entities?q=anyone", HttpStatusCode.ServiceUnavailable);

        Assert.Equal(503, problem.GetProperty("status").GetInt32());
    }

    /// <summary>Answers everything at once except a search, which waits until the request is given up.</summary>
    private sealed class StalledSearchReader : IGraphReader
    {
        private readonly FakeGraphReader inner = new();

        public async Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }

        public Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default) => inner.GetEntityAsync(entityId, cancellationToken);

        public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, Core.Model.RelationType? type = null, CancellationToken cancellationToken = default) =>
            inner.GetRelationshipsAsync(entityId, type, cancellationToken);

        public Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default) => inner.FindQuotesAsync(query, cancellationToken);

        public Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default) => inner.GetArticleAsync(articleId, cancellationToken);

        public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default) => inner.GetEdgesAsync(cancellationToken);

        public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);
    }
}
