using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.TestSupport;

namespace Graph.Queries.Tests.Connections;

/// <summary>A reader that finds paths itself with a scripted answer, and records what it was asked.</summary>
internal sealed class PathFindingReader(EntityPaths answer, bool followsQuotes = false, int maxHops = 6) : IGraphReader, IPathFinder
{
    private readonly FakeGraphReader entities = new();

    public List<PathQuery> Queries { get; } = [];

    public int MaxHops => maxHops;

    public bool FollowsQuotes => followsQuotes;

    public Task<EntityPaths> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        return Task.FromResult(answer);
    }

    public Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        entities.SearchEntitiesAsync(query, cancellationToken);

    public Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default) =>
        entities.GetEntityAsync(entityId, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default) =>
        entities.GetRelationshipsAsync(entityId, type, cancellationToken);

    public Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default) =>
        entities.FindQuotesAsync(query, cancellationToken);

    public Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        entities.GetArticleAsync(articleId, cancellationToken);

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default) =>
        entities.GetEdgesAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        entities.GetStatisticsAsync(cancellationToken);
}
