using Graph.Queries.Graphs;
using Microsoft.AspNetCore.OutputCaching;

namespace Graph.Web.Hosting;

/// <summary>
/// Builds the in-memory graph at start-up, then watches the store's statistics: when they change it builds the
/// graph again and drops every cached API answer, so an ingest that runs beside the server shows up within a few
/// seconds while unchanged data is served from memory. It runs on the host's stopping token only, so no request's
/// time-out ever cancels a build.
/// </summary>
public sealed partial class GraphChangeWatcher(
    GraphSnapshotProvider snapshots, IOutputCacheStore cache, TimeProvider time, ILogger<GraphChangeWatcher> logger)
    : BackgroundService
{
    public const string CacheTag = "graph";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Compares the store with the graph in memory; true (the graph rebuilt and the cache emptied) when it changed.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken = default)
    {
        var hadGraph = snapshots.Current is not null;
        var started = time.GetTimestamp();
        if (!await snapshots.RefreshAsync(cancellationToken))
        {
            return false;
        }
        var elapsed = time.GetElapsedTime(started);
        var graph = snapshots.Current!.Graph;
        if (!hadGraph)
        {
            LogGraphReady(graph.VertexCount, graph.EdgeCount, elapsed.TotalSeconds);
            return false;
        }
        // The graph first, so that answers cached after the eviction are computed from the new data.
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
        LogStoreChanged(snapshots.Current.Statistics.Articles, elapsed.TotalSeconds);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A store that is briefly unreachable must not stop the watching.
                LogCheckFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph in memory: {Entities} entities, {Links} links, built in {Seconds:0.0} s.")]
    private partial void LogGraphReady(int entities, int links, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store changed ({Articles} articles); graph rebuilt in {Seconds:0.0} s, cached answers dropped.")]
    private partial void LogStoreChanged(int articles, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the store or build the graph; trying again in a few seconds.")]
    private partial void LogCheckFailed(Exception exception);
}
