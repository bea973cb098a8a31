using System.Diagnostics;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Extraction;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// read → extract → store, one batch of articles at a time. An article already stored by this extractor
/// is skipped without being extracted, so a second run costs little more than reading the files. One bad
/// file, line or article is reported and skipped; it never stops the others.
/// </summary>
public sealed class IngestionPipeline
{
    private readonly IArticleExtractor extractor;
    private readonly IGraphStore store;
    private readonly ArticleSources sources;
    private readonly ILogger logger;
    private readonly TimeProvider time;

    public IngestionPipeline(IArticleExtractor extractor, IGraphStore store, ArticleSources sources, ILogger<IngestionPipeline> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(sources);
        (this.extractor, this.store, this.sources, this.logger, this.time) = (extractor, store, sources, logger, time);
    }

    public async Task<IngestSummary> RunAsync(
        IReadOnlyList<string> paths,
        IngestOptions options,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        using var activity = IngestionTelemetry.Source.StartActivity("ingest");
        await store.InitializeAsync(cancellationToken);
        var (files, missing) = sources.ListFiles(paths, cancellationToken);
        var run = new IngestRun(missing);
        foreach (var failure in missing)
        {
            Log.ReadFailed(logger, failure.Location, failure.Reason);
        }
        var pending = new List<(Article Article, bool IsNew)>();
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report(new IngestProgress(i, files.Count, run.Counts, files[i]));
            await foreach (var outcome in sources.ReadAsync(files[i], cancellationToken))
            {
                if (outcome.Failure is { } failure)
                {
                    Log.ReadFailed(logger, failure.Location, failure.Reason);
                    run.Fail(failure);
                }
                else if (await ClassifyAsync(outcome.Article!, options.Shard, run, cancellationToken) is { } isNew)
                {
                    pending.Add((outcome.Article!, isNew));
                    if (pending.Count >= options.BatchSize)
                    {
                        await ExtractAndStoreAsync(pending, run, cancellationToken);
                    }
                }
            }
        }
        await ExtractAndStoreAsync(pending, run, cancellationToken);
        progress?.Report(new IngestProgress(files.Count, files.Count, run.Counts, null));
        var linking = await LinkEntitiesAsync(run.Counts, cancellationToken);
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        return new IngestSummary(run.Counts, run.Failures, statistics, time.GetElapsedTime(started)) { Linking = linking };
    }

    /// <summary>
    /// Links entities across articles once the run has written (a run that wrote nothing leaves the links as
    /// the last writer's pass made them). Every worker's pass follows its own writes, so the last pass of a
    /// sharded run sees all of them.
    /// </summary>
    private async Task<LinkingSummary?> LinkEntitiesAsync(ArticleCounts counts, CancellationToken cancellationToken)
    {
        if (store is not IEntityLinkStore linkStore || counts.New + counts.Updated == 0)
        {
            return null;
        }
        var started = time.GetTimestamp();
        var report = await linkStore.LinkEntitiesAsync(cancellationToken);
        Log.Linked(logger, report.Links, report.Changed, time.GetElapsedTime(started).TotalSeconds);
        return new LinkingSummary(report, time.GetElapsedTime(started));
    }

    /// <summary>Null when the article needs no work here; otherwise whether it is new (true) or stale (false).</summary>
    private async Task<bool?> ClassifyAsync(Article article, Shard shard, IngestRun run, CancellationToken cancellationToken)
    {
        if (!shard.Owns(article.Id))
        {
            run.Count(otherShard: 1);
            return null;
        }
        if (!run.FirstSighting(article.Id))
        {
            run.Count(unchanged: 1);
            return null;
        }
        var state = await store.GetArticleStateAsync(article.Id, extractor.Version, cancellationToken);
        if (state == ArticleState.Current)
        {
            run.Count(unchanged: 1);
            return null;
        }
        return state == ArticleState.Missing;
    }

    private async Task ExtractAndStoreAsync(List<(Article Article, bool IsNew)> pending, IngestRun run, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }
        var extracted = pending
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(item => (item.Article, item.IsNew, Graph: TryExtract(item.Article)))
            .ToList();
        foreach (var failed in extracted.Where(item => item.Graph is null))
        {
            run.Fail(new ReadFailure(failed.Article.Source, null, "extraction failed (see the log above)"));
        }
        var stored = extracted.Where(item => item.Graph is not null).ToList();
        await store.SaveArticlesAsync(
            stored.Select(item => new ExtractedArticle(item.Article, item.Graph!, extractor.Version)).ToList(),
            cancellationToken);
        run.Count(newArticles: stored.Count(item => item.IsNew), updated: stored.Count(item => !item.IsNew));
        pending.Clear();
    }

    private ArticleGraph? TryExtract(Article article)
    {
        try
        {
            return extractor.Extract(article);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.ExtractionFailed(logger, article.Source, e);
            return null;
        }
    }
}
