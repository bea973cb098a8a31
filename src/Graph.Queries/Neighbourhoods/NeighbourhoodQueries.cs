using Graph.Core.Queries;
using Graph.Queries.Graphs;

namespace Graph.Queries.Neighbourhoods;

/// <summary>The subgraph around an entity, from the in-memory graph.</summary>
public sealed class NeighbourhoodQueries(GraphSnapshotProvider snapshots)
{
    public async Task<Neighbourhood> GetAsync(EntitySummary center, int depth, int maxNodes, bool withQuotes, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return await NeighbourhoodBuilder.BuildAsync(snapshot, center, depth, maxNodes, withQuotes, cancellationToken);
    }
}
