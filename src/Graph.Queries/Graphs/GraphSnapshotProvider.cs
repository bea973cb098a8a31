using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Queries.Graphs;

/// <summary>
/// Hands out the current <see cref="GraphSnapshot"/>. Snapshots are built only by <see cref="RefreshAsync"/>, which a
/// background service calls at start and whenever the store changes, with the host's stopping token: a request
/// never builds one and its time-out never cancels a build. Until the first is built <see cref="GetAsync"/> throws
/// <see cref="GraphNotReadyException"/>; while a new one is built, the previous one keeps answering.
/// </summary>
public sealed class GraphSnapshotProvider(IGraphReader reader, TimeProvider time, BetweennessSettings? betweenness = null)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly DateTimeOffset createdAt = time.GetUtcNow();
    private readonly TaskCompletionSource firstBuilt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile GraphSnapshot? current;
    private volatile GraphStatistics? latestStatistics;

    /// <summary>The snapshot requests are answered from; null until the first is built.</summary>
    public GraphSnapshot? Current => current;

    /// <summary>
    /// The store's statistics as the last refresh read them (every few seconds, by the background watcher): what
    /// <c>/api/statistics</c> answers, so it never runs the store's counting queries, nor waits behind a build.
    /// Null before the first refresh has read them.
    /// </summary>
    public GraphStatistics? LatestStatistics => latestStatistics;

    /// <summary>When the current snapshot was published.</summary>
    public DateTimeOffset? BuiltAt { get; private set; }

    public Task<GraphSnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        current is { } snapshot
            ? Task.FromResult(snapshot)
            : throw new GraphNotReadyException(
                $"The graph is being loaded into memory ({(time.GetUtcNow() - createdAt).TotalSeconds:0} s so far); paths, neighbourhoods and insights answer once it is ready.");

    /// <summary>
    /// The current snapshot, waiting up to <paramref name="wait"/> for the first one to be published (a lookup made
    /// just after start-up answers a moment later rather than 503); then as <see cref="GetAsync(CancellationToken)"/>.
    /// </summary>
    public async Task<GraphSnapshot> GetAsync(TimeSpan wait, CancellationToken cancellationToken = default)
    {
        if (current is null)
        {
            try
            {
                await firstBuilt.Task.WaitAsync(wait, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Not ready within the wait: GetAsync says so.
            }
        }
        return await GetAsync(cancellationToken);
    }

    /// <summary>Completes when the first snapshot is published (tests and start-up logging wait on it).</summary>
    public Task WhenReadyAsync(CancellationToken cancellationToken = default) => firstBuilt.Task.WaitAsync(cancellationToken);

    /// <summary>
    /// Reads the store's statistics and, when they differ from the current snapshot's (or there is none), builds a
    /// new snapshot with its quote tallies and publishes it; the first is published before its betweenness is
    /// computed (the brokers ranking answers 503 until then), later ones only once everything is computed.
    /// </summary>
    /// <returns>True when a new snapshot was published.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var statistics = await reader.GetStatisticsAsync(cancellationToken);
            latestStatistics = statistics;
            if (current is { } known && known.Statistics == statistics)
            {
                return false;
            }
            var built = GraphSnapshot.Build(reader, await reader.GetEdgesAsync(cancellationToken), statistics, betweenness);
            await built.PrepareAsync(cancellationToken);
            if (current is null)
            {
                Publish(built);
                await built.PrepareInsightsAsync(cancellationToken);
            }
            else
            {
                await built.PrepareInsightsAsync(cancellationToken);
                Publish(built);
            }
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private void Publish(GraphSnapshot snapshot)
    {
        current = snapshot;
        BuiltAt = time.GetUtcNow();
        firstBuilt.TrySetResult();
    }
}
