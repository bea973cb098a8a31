using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;

namespace Graph.Queries.Relationships;

/// <summary>An entity's relationships seen from its side, optionally only those with one other entity, or in one period.</summary>
/// <remarks>
/// Of all time, they are listed from the in-memory graph's counted edges and only the page's sentences are read (see
/// <see cref="CountedRelationships"/>); the graph follows the store a few seconds behind. A period's, and any asked
/// before the graph is first built, are read from the store.
/// </remarks>
public sealed class RelationshipQueries(IGraphReader reader, GraphSnapshotProvider snapshots)
{
    public async Task<Page<RelationshipView>> GetAsync(
        string entityId, RelationType? type, string? otherId, int offset, int limit, Period? period = null, CancellationToken cancellationToken = default)
    {
        period ??= Period.All;
        if (period.IsAll && snapshots.Current is { } snapshot)
        {
            var ofEntity = otherId is null ? snapshot.EdgesOf(entityId) : snapshot.LinkBetween(entityId, otherId)?.Edges ?? [];
            var edges = CountedRelationships.InStoreOrder(ofEntity.Where(edge => type is null || edge.Type == type)).ToList();
            var shown = await CountedRelationships.ViewAsync(
                reader, snapshot, edges.Skip(offset).Take(limit).ToList(), entityId, RelationshipView.MaxEvidence, cancellationToken);
            return new Page<RelationshipView>(shown, offset, limit, edges.Count > offset + limit);
        }
        var read = otherId is null
            ? await reader.GetRelationshipsAsync(entityId, type, period, cancellationToken)
            : (await reader.GetRelationshipsBetweenAsync(entityId, otherId, period, cancellationToken))
                .Where(r => type is null || r.Type == type).ToList();
        var relationships = read.Select(r => RelationshipView.From(r, entityId)).ToList();
        var page = relationships.Skip(offset).Take(limit).ToList();
        return new Page<RelationshipView>(page, offset, limit, relationships.Count > offset + limit);
    }
}
