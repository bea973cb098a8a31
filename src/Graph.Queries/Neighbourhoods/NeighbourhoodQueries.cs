using Graph.Core.Queries;
using Graph.Queries.Graphs;

namespace Graph.Queries.Neighbourhoods;

/// <summary>The subgraph around an entity, from the in-memory graph (of the whole store, or of one period).</summary>
public sealed class NeighbourhoodQueries(PeriodSnapshots snapshots)
{
    public async Task<Neighbourhood> GetAsync(
        EntitySummary center, int depth, int maxNodes, bool withQuotes, Period? period = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(period, cancellationToken);
        return await NeighbourhoodBuilder.BuildAsync(snapshot, center, depth, maxNodes, withQuotes, cancellationToken);
    }
}
