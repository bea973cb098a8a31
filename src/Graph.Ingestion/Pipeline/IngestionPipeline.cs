using System.Text;
using System.Threading.Channels;
using Graph.Core.Linking;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Extraction;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// read → extract → store. One reader cuts the input into batches and asks the store, once per batch, which
/// articles it already holds; the batches are extracted in parallel (one per core); one writer stores them in
/// reading order. So the stored graph and the tally are the same for any parallelism, and memory holds only
/// a few batches however long the input. An article already stored by this extractor is skipped without
/// being extracted. One bad file, line or article is reported and skipped; it never stops the others.
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
        ArgumentNullException.ThrowIfNull(options);
        var started = time.GetTimestamp();
        using var activity = IngestionTelemetry.Source.StartActivity("ingest");
        await store.InitializeAsync(cancellationToken);
        var bulkLoad = store as IBulkLoadStore;
        if (bulkLoad is not null)
        {
            await bulkLoad.BeginBulkLoadAsync(cancellationToken);
        }
        var (files, missing) = sources.ListFiles(paths, cancellationToken);
        var bytesTotal = files.Sum(SizeOf);
        var run = new IngestRun(missing);
        foreach (var failure in missing)
        {
            Log.ReadFailed(logger, failure.Location, failure.Reason);
        }
        IngestProgress Progress(ReadBatch? last) =>
            new(last?.FilesDone ?? 0, files.Count, run.Counts, last?.CurrentFile)
            {
                BytesRead = last?.BytesRead ?? 0,
                BytesTotal = bytesTotal,
                TextBytes = last?.TextBytes ?? 0,
                Elapsed = time.GetElapsedTime(started),
            };
        progress?.Report(Progress(null));

        // Each entry is a batch being extracted; the bound keeps the reader at most this far ahead of the writer.
        var parallelism = Math.Max(1, options.Parallelism);
        var batches = Channel.CreateBounded<Task<ExtractedBatch>>(new BoundedChannelOptions(parallelism) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(files, options, batches.Writer, stop.Token), stop.Token);
        ReadBatch? done = null;
        try
        {
            await foreach (var pending in batches.Reader.ReadAllAsync(cancellationToken))
            {
                var batch = await pending;
                await StoreAsync(batch, run, cancellationToken);
                done = batch.Read;
                progress?.Report(Progress(done));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        await reading;
        progress?.Report(Progress(done) with { FilesDone = files.Count, CurrentFile = null, Finished = true });
        if (bulkLoad is not null)
        {
            await bulkLoad.EndBulkLoadAsync(cancellationToken);
        }
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
        if (store is not IEntityLinkStore linkStore
            || (counts.New + counts.Updated == 0 && await linkStore.GetLinkerVersionAsync(cancellationToken) == EntityLinker.Version))
        {
            return null;
        }
        var started = time.GetTimestamp();
        var report = await linkStore.LinkEntitiesAsync(cancellationToken);
        var elapsed = time.GetElapsedTime(started);
        Log.Linked(logger, report.Links, report.Changed, elapsed.TotalSeconds);
        return new LinkingSummary(report, elapsed);
    }

    /// <summary>The reader: cuts the input into batches, classifies each batch in one store round trip, and starts its extraction.</summary>
    private async Task ReadAsync(IReadOnlyList<string> files, IngestOptions options, ChannelWriter<Task<ExtractedBatch>> output, CancellationToken cancellationToken)
    {
        try
        {
            var seen = new HashSet<string>();
            var candidates = new List<Article>();
            var batch = new ReadBatch();
            var position = new Position();
            long finishedBytes = 0;
            long textBytes = 0;
            for (var i = 0; i < files.Count; i++)
            {
                position.Bytes = 0;
                await foreach (var outcome in sources.ReadAsync(files[i], position, cancellationToken))
                {
                    if (outcome.Warning is { } warning)
                    {
                        batch.Problems.Add((warning, true));
                    }
                    if (outcome.Failure is { } failure)
                    {
                        batch.Problems.Add((failure, false));
                    }
                    else if (outcome.Article is { } article)
                    {
                        textBytes += Encoding.UTF8.GetByteCount(article.Text);
                        if (!options.Shard.Owns(article.Id))
                        {
                            batch.OtherShard++;
                        }
                        else if (!seen.Add(article.Id))
                        {
                            batch.Unchanged++;
                        }
                        else
                        {
                            candidates.Add(article);
                        }
                    }
                    if (batch.Items + candidates.Count >= options.BatchSize)
                    {
                        (batch.FilesDone, batch.CurrentFile, batch.BytesRead, batch.TextBytes) = (i, files[i], finishedBytes + position.Bytes, textBytes);
                        await SendAsync(batch, candidates, output, cancellationToken);
                        (batch, candidates) = (new ReadBatch(), []);
                    }
                }
                finishedBytes += SizeOf(files[i]);
            }
            (batch.FilesDone, batch.CurrentFile, batch.BytesRead, batch.TextBytes) = (files.Count, null, finishedBytes, textBytes);
            await SendAsync(batch, candidates, output, cancellationToken);
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
        }
    }

    /// <summary>Asks the store about the batch's articles at once, keeps those that need work, and starts extracting them.</summary>
    private async Task SendAsync(ReadBatch batch, List<Article> candidates, ChannelWriter<Task<ExtractedBatch>> output, CancellationToken cancellationToken)
    {
        var states = await store.GetArticleStatesAsync([.. candidates.Select(article => (article.Id, extractor.Version))], cancellationToken);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (states[i] == ArticleState.Current)
            {
                batch.Unchanged++;
            }
            else
            {
                batch.ToExtract.Add((candidates[i], states[i] == ArticleState.Missing));
            }
        }
        var extraction = batch.ToExtract.Count == 0
            ? Task.FromResult(new ExtractedBatch(batch, [], []))
            : Task.Run(() => Extract(batch), cancellationToken);
        await output.WriteAsync(extraction, cancellationToken);
    }

    private ExtractedBatch Extract(ReadBatch batch)
    {
        var extracted = new List<(ExtractedArticle, bool)>(batch.ToExtract.Count);
        var failed = new List<ReadFailure>();
        foreach (var (article, isNew) in batch.ToExtract)
        {
            if (TryExtract(article) is { } graph)
            {
                extracted.Add((new ExtractedArticle(article, graph, extractor.Version), isNew));
            }
            else
            {
                failed.Add(new ReadFailure(article.Source, null, "extraction failed (see the log above)"));
            }
        }
        return new ExtractedBatch(batch, extracted, failed);
    }

    /// <summary>The writer: stores one batch and tallies it, in reading order.</summary>
    private async Task StoreAsync(ExtractedBatch batch, IngestRun run, CancellationToken cancellationToken)
    {
        foreach (var (problem, isWarning) in batch.Read.Problems)
        {
            if (isWarning)
            {
                Log.ReadWarning(logger, problem.Location, problem.Reason);
                run.Count(warnings: 1);
            }
            else
            {
                Log.ReadFailed(logger, problem.Location, problem.Reason);
                run.Fail(problem);
            }
        }
        foreach (var failure in batch.Failed)
        {
            run.Fail(failure);
        }
        if (batch.Extracted.Count > 0)
        {
            await store.SaveArticlesAsync([.. batch.Extracted.Select(item => item.Article)], cancellationToken);
        }
        var stored = batch.Extracted.Count(item => item.IsNew);
        run.Count(newArticles: stored, updated: batch.Extracted.Count - stored, unchanged: batch.Read.Unchanged, otherShard: batch.Read.OtherShard);
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

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>How far into the current file the reader is; set on the reader's own thread.</summary>
    private sealed class Position : IProgress<long>
    {
        public long Bytes { get; set; }

        public void Report(long value) => Bytes = value;
    }
}
