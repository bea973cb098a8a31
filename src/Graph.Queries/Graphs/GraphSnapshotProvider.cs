using Graph.Core.Storage;

namespace Graph.Queries.Graphs;

/// <summary>
/// Hands out the current <see cref="GraphSnapshot"/>. The store's statistics are checked at most every few
/// seconds and the snapshot rebuilt when they change, so an ingest running beside the server shows up soon
/// without every request paying for a full read of the edges.
/// </summary>
public sealed class GraphSnapshotProvider(IGraphReader reader, TimeProvider time)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private State? state;

    public async Task<GraphSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Fresh(state) is { } snapshot)
        {
            return snapshot;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(state) is { } built)
            {
                return built;
            }
            var statistics = await reader.GetStatisticsAsync(cancellationToken);
            var current = state?.Snapshot;
            if (current is null || current.Statistics != statistics)
            {
                current = GraphSnapshot.Build(reader, await reader.GetEdgesAsync(cancellationToken), statistics);
                current.StartComputing();
            }
            state = new State(current, time.GetUtcNow());
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Checks the store now rather than at the next interval (the store is known to have changed).</summary>
    public Task<GraphSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        if (state is { } known)
        {
            state = known with { CheckedAt = DateTimeOffset.MinValue };
        }
        return GetAsync(cancellationToken);
    }

    private GraphSnapshot? Fresh(State? candidate) =>
        candidate is not null && time.GetUtcNow() - candidate.CheckedAt < RefreshInterval ? candidate.Snapshot : null;

    private sealed record State(GraphSnapshot Snapshot, DateTimeOffset CheckedAt);
}
