using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;

namespace Graph.Queries.Statistics;

/// <summary>The store's figures and the state of the in-memory graph.</summary>
public sealed class StatisticsQueries(IGraphReader reader, GraphSnapshotProvider snapshots)
{
    /// <summary>
    /// All time: the figures the background refresh read last (the store is asked only before the first refresh). A
    /// period: counted by the store over the articles dated in it.
    /// </summary>
    public async Task<StoreStatistics> GetAsync(Period period, CancellationToken cancellationToken = default)
    {
        var store = period.IsAll
            ? snapshots.LatestStatistics ?? await reader.GetStatisticsAsync(cancellationToken)
            : await reader.GetStatisticsAsync(period, cancellationToken);
        var snapshot = snapshots.Current;
        var graph = new GraphStatus(
            snapshot is not null, snapshot?.InsightsReady ?? false, snapshot?.Graph.VertexCount ?? 0, snapshot?.Graph.EdgeCount ?? 0, snapshots.BuiltAt);
        return StoreStatistics.Of(store, graph);
    }
}
