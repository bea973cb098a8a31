using Graph.Core.Model;
using Graph.Core.Queries;

namespace Graph.Core.Storage;

/// <summary>Answers relationship questions. Results come in a deterministic order.</summary>
public interface IGraphReader
{
    Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>The entity with this id, or the one it was linked into when linking merged it into another.</summary>
    Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default);

    /// <summary>Relationships in which the entity takes part, either end, optionally of one type.</summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default);

    Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Every relationship as a bare edge, for graph algorithms.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default);

    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
