using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Web.Tests.Fixtures;

/// <summary>The real store, except that reading the edges or relationships can be held until the test lets it go.</summary>
internal sealed class HeldGraphReader(IGraphReader inner) : IGraphReader
{
    public Task? EdgesHeldBy { get; set; }

    public Task? RelationshipsHeldBy { get; set; }

    /// <summary>Completes when a relationship read starts waiting on <see cref="RelationshipsHeldBy"/>.</summary>
    public TaskCompletionSource RelationshipsRequested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default)
    {
        if (EdgesHeldBy is { } held)
        {
            await held.WaitAsync(cancellationToken);
        }
        return await inner.GetEdgesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default)
    {
        if (RelationshipsHeldBy is { } held)
        {
            RelationshipsRequested.TrySetResult();
            await held.WaitAsync(cancellationToken);
        }
        return await inner.GetRelationshipsAsync(entityId, type, cancellationToken);
    }

    public Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        inner.SearchEntitiesAsync(query, cancellationToken);

    public Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default) =>
        inner.GetEntityAsync(entityId, cancellationToken);

    public Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default) =>
        inner.FindQuotesAsync(query, cancellationToken);

    public Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        inner.GetArticleAsync(articleId, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        inner.GetStatisticsAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(Period period, CancellationToken cancellationToken = default) =>
        inner.GetStatisticsAsync(period, cancellationToken);
}
