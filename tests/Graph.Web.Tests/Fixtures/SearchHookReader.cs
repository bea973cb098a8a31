using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.TestSupport;

namespace Graph.Web.Tests.Fixtures;

/// <summary>An empty store whose entity search the test decides (one that stalls, one that waits for a signal).</summary>
internal sealed class SearchHookReader(Func<EntityQuery, CancellationToken, Task<IReadOnlyList<EntitySummary>>> search) : IGraphReader
{
    private readonly FakeGraphReader inner = new();

    public Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) => search(query, cancellationToken);

    public Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default) => inner.GetEntityAsync(entityId, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(entityId, type, cancellationToken);

    public Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default) => inner.FindQuotesAsync(query, cancellationToken);

    public Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default) => inner.GetArticleAsync(articleId, cancellationToken);

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default) => inner.GetEdgesAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);
}
