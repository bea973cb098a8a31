using Graph.Core.Storage;
using Graph.Queries.Graphs;

namespace Graph.Queries.Statistics;

/// <summary>The store's figures and the state of the in-memory graph.</summary>
public sealed class StatisticsQueries(IGraphReader reader, GraphSnapshotProvider snapshots)
{
    public async Task<StoreStatistics> GetAsync(CancellationToken cancellationToken = default)
    {
        // The figures the background refresh read last; the store is asked only before the first refresh.
        var store = snapshots.LatestStatistics ?? await reader.GetStatisticsAsync(cancellationToken);
        var snapshot = snapshots.Current;
        var graph = new GraphStatus(
            snapshot is not null, snapshot?.InsightsReady ?? false, snapshot?.Graph.VertexCount ?? 0, snapshot?.Graph.EdgeCount ?? 0, snapshots.BuiltAt);
        return StoreStatistics.Of(store, graph);
    }
}
