using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;
using Microsoft.AspNetCore.OutputCaching;

namespace Graph.Web.Hosting;

/// <summary>
/// Watches the store's statistics and drops every cached API answer when they change, so an ingest that runs
/// beside the server shows up within a few seconds while unchanged data is served from memory. It also builds
/// the in-memory graph at start-up, so the first path or neighbourhood request does not pay for it.
/// </summary>
public sealed class GraphChangeWatcher(
    IGraphReader reader, GraphSnapshotProvider snapshots, IOutputCacheStore cache, TimeProvider time, ILogger<GraphChangeWatcher> logger)
    : BackgroundService
{
    public const string CacheTag = "graph";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private GraphStatistics? last;

    /// <summary>Compares the store with the last look; true (and the cache emptied) when it changed.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken = default)
    {
        var now = await reader.GetStatisticsAsync(cancellationToken);
        var changed = last is not null && last != now;
        last = now;
        if (changed)
        {
            // The graph first, so that answers cached after the eviction are computed from the new data.
            await snapshots.RefreshAsync(cancellationToken);
            await cache.EvictByTagAsync(CacheTag, cancellationToken);
            logger.LogInformation("The store changed ({Articles} articles); cached answers dropped.", now.Articles);
        }
        return changed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            await snapshots.GetAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not load the graph at start-up; it will be loaded on first use.");
        }
        do
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A store that is briefly unreachable must not stop the watching.
                logger.LogWarning(e, "Could not read the store's statistics.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
