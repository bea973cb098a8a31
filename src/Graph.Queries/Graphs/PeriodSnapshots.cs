using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Queries.Graphs;

/// <summary>
/// The in-memory graph of one period, for paths, neighbourhoods and insights asked with since/until: built on request
/// from the edges with an article in the period, and kept for the few periods asked last (until the store changes).
/// The whole-store snapshot stays the one <see cref="GraphSnapshotProvider"/> builds in the background.
/// </summary>
public sealed class PeriodSnapshots(IGraphReader reader, GraphSnapshotProvider snapshots, BetweennessSettings? betweenness = null)
{
    /// <summary>How many period snapshots are kept: each holds a graph as large as the period's.</summary>
    public const int Kept = 4;

    private readonly Lock gate = new();
    private readonly LinkedList<(Period Period, GraphStatistics Statistics, Task<GraphSnapshot> Snapshot)> recent = new();

    /// <summary>
    /// The snapshot of the period; the whole store's for <see cref="Period.All"/> or null. A period's does not wait for
    /// the whole store's to be ready: it is keyed by the store's statistics, so it is built again when the store changes.
    /// </summary>
    public async Task<GraphSnapshot> GetAsync(Period? period, CancellationToken cancellationToken = default)
    {
        if (period is null || period.IsAll)
        {
            return await snapshots.GetAsync(cancellationToken);
        }
        var statistics = snapshots.Current?.Statistics ?? await reader.GetStatisticsAsync(cancellationToken);
        Task<GraphSnapshot> building;
        lock (gate)
        {
            var found = recent.FirstOrDefault(entry => entry.Period == period && entry.Statistics == statistics);
            if (found.Snapshot is { IsFaulted: false, IsCanceled: false })
            {
                building = found.Snapshot;
            }
            else
            {
                // Built without the request's token, so a cancelled request does not leave a cancelled entry behind.
                building = BuildAsync(period, statistics);
                recent.AddFirst((period, statistics, building));
                while (recent.Count > Kept)
                {
                    recent.RemoveLast();
                }
            }
        }
        return await building.WaitAsync(cancellationToken);
    }

    private async Task<GraphSnapshot> BuildAsync(Period period, GraphStatistics statistics)
    {
        var edges = await reader.GetEdgesAsync(period, CancellationToken.None);
        return GraphSnapshot.Build(reader, edges, statistics, betweenness, period, snapshots.Current);
    }
}
