using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;

namespace Graph.Queries.Entities;

/// <summary>Finding entities by name, and one entity's details.</summary>
public sealed class EntityQueries(IGraphReader reader, GraphSnapshotProvider snapshots)
{
    /// <summary>How long a lookup made while the graph is first loaded waits for it (shorter than the request time-out).</summary>
    public static readonly TimeSpan GraphWait = TimeSpan.FromSeconds(8);

    public async Task<Page<EntitySummary>> SearchAsync(string text, EntityType? type, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var found = await reader.SearchEntitiesAsync(new EntityQuery(text, type, offset, limit + 1), cancellationToken);
        return new Page<EntitySummary>(found.Take(limit).ToList(), offset, limit, found.Count > limit);
    }

    public async Task<EntityDetails> DetailsAsync(EntitySummary entity, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(GraphWait, cancellationToken);
        return await EntityDetailsBuilder.BuildAsync(snapshot, entity, cancellationToken);
    }
}
