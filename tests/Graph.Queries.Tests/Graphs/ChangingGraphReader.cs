using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Queries.Tests.Graphs;

/// <summary>A reader whose edges the test changes, counting how often the edges are read.</summary>
internal sealed class ChangingGraphReader : IGraphReader
{
    public List<GraphEdge> Edges { get; } = [];

    public int EdgeReads { get; private set; }

    /// <summary>When set, reading the edges waits for this task: a store that is slow to read.</summary>
    public Task? EdgesHeldBy { get; set; }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default)
    {
        EdgeReads++;
        var edges = Edges.ToList();
        if (EdgesHeldBy is { } held)
        {
            await held.WaitAsync(cancellationToken);
        }
        return edges;
    }

    public int StatisticsReads { get; private set; }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        StatisticsReads++;
        return Task.FromResult(new GraphStatistics(Edges.Count, 0, 0, 0, Edges.Count, 0, 0, 0));
    }

    public Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EntitySummary>>([]);

    /// <summary>The ends of <see cref="Relationships"/> are the entities it knows.</summary>
    public Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Relationships.SelectMany(r => new[] { r.Source, r.Target }).FirstOrDefault(entity => entity.Id == entityId));

    public List<Relationship> Relationships { get; } = [];

    public int RelationshipReads { get; private set; }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default)
    {
        RelationshipReads++;
        return Task.FromResult<IReadOnlyList<Relationship>>(
            [.. Relationships.Where(r => (r.Source.Id == entityId || r.Target.Id == entityId) && (type is null || r.Type == type))]);
    }

    public Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<QuoteRecord>>([]);

    public Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ArticleReference?>(null);
}
