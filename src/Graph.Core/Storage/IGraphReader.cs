using System.Collections.Immutable;
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

    /// <summary>
    /// Relationships as <see cref="GetRelationshipsAsync(string, RelationType?, CancellationToken)"/>, with only the
    /// evidence of articles dated in the period; a relationship left without evidence is left out. The stores filter
    /// in their query; this default filters what the unfiltered read gives.
    /// </summary>
    async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        string entityId, RelationType? type, Period period, CancellationToken cancellationToken = default)
    {
        var all = await GetRelationshipsAsync(entityId, type, cancellationToken);
        return period.IsAll
            ? all
            : [.. all.Select(r => r with { Evidence = [.. r.Evidence.Where(e => period.Contains(e.Article.Date))] }).Where(r => !r.Evidence.IsEmpty)];
    }

    /// <summary>
    /// The relationships between two entities, either direction, any type, with the evidence of articles dated in the
    /// period. This default picks them out of the first entity's relationships; a store finds them directly (between two
    /// much-related entities, the first's relationships are thousands of evidence rows).
    /// </summary>
    async Task<IReadOnlyList<Relationship>> GetRelationshipsBetweenAsync(
        string entityId, string otherId, Period period, CancellationToken cancellationToken = default) =>
        [.. (await GetRelationshipsAsync(entityId, null, period, cancellationToken))
            .Where(r => (r.Source.Id == entityId && r.Target.Id == otherId) || (r.Source.Id == otherId && r.Target.Id == entityId))];

    /// <summary>
    /// For each relationship, its first <paramref name="limit"/> sentences, of articles dated in the period, the earliest
    /// article first (in the order of <paramref name="keys"/>). This default picks them out of the relationships between
    /// each pair of ends, read once per pair; a store reads only the sentences it returns (a head of state's leadership
    /// is stated in thousands of articles).
    /// </summary>
    async Task<IReadOnlyList<ImmutableArray<Evidence>>> GetEvidenceAsync(
        IReadOnlyList<RelationshipKey> keys, Period period, int limit, CancellationToken cancellationToken = default)
    {
        var betweenPair = new Dictionary<(string, string), IReadOnlyList<Relationship>>();
        var found = new List<ImmutableArray<Evidence>>(keys.Count);
        foreach (var key in keys)
        {
            if (!betweenPair.TryGetValue((key.SourceId, key.TargetId), out var between))
            {
                betweenPair[(key.SourceId, key.TargetId)] = between =
                    await GetRelationshipsBetweenAsync(key.SourceId, key.TargetId, period, cancellationToken);
            }
            found.Add([.. between.Where(key.Matches).SelectMany(r => r.Evidence).Take(limit)]);
        }
        return found;
    }

    Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default);

    Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Every relationship as a bare edge, for graph algorithms.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default);

    /// <summary>The relationships with an article dated in the period, as bare edges; a reader without dates knows only all of them.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(Period period, CancellationToken cancellationToken = default) =>
        period.IsAll ? GetEdgesAsync(cancellationToken) : throw new NotSupportedException("This reader cannot filter edges by period.");

    /// <summary>Every outlet spelling articles gave, with its number of articles; none for a reader without outlets.</summary>
    Task<IReadOnlyList<OutletCount>> GetOutletsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutletCount>>([]);

    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The figures of the articles dated in the period: those articles, the entities they mention, the relationships
    /// and quotes they support. A reader without dates knows only all of them.
    /// </summary>
    Task<GraphStatistics> GetStatisticsAsync(Period period, CancellationToken cancellationToken = default) =>
        period.IsAll ? GetStatisticsAsync(cancellationToken) : throw new NotSupportedException("This reader cannot count by period.");
}
