using System.Globalization;
using Graph.Ingestion.Pipeline;
using Spectre.Console;

namespace Graph.Cli.Terminal;

/// <summary>
/// Shows an ingest run: a progress bar with counts on a terminal, plain lines every few seconds when
/// standard error is redirected, and the summary at the end (on standard output).
/// </summary>
internal sealed class IngestDisplay(StderrLoggerProvider log, TimeProvider time)
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public async Task<IngestSummary> RunAsync(Func<IProgress<IngestProgress>, Task<IngestSummary>> run)
    {
        if (Console.IsErrorRedirected)
        {
            return await RunPlainAsync(run);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        log.Hold();
        try
        {
            return await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("reading", autoStart: true, maxValue: 1);
                    return await run(new CallbackProgress<IngestProgress>(progress =>
                    {
                        task.MaxValue = Math.Max(1, progress.BytesTotal);
                        task.Value = Math.Min(progress.BytesRead, task.MaxValue);
                        task.Description = Markup.Escape($"{Speed(progress)}; {Describe(progress)}");
                    }));
                });
        }
        finally
        {
            log.Release();
        }
    }

    public static void PrintSummary(IngestSummary summary)
    {
        var articles = summary.Articles;
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 0.001);
        // A rate over nothing read (a missing path, say) means nothing, so it is left out.
        var rate = articles.Read > 0
            ? FormattableString.Invariant($" ({(articles.Read + articles.Failed) / seconds:0.0} articles/s)")
            : "";
        var store = summary.Store;
        var otherShards = articles.OtherShard > 0 ? $", {articles.OtherShard} left to other shards" : "";
        Console.WriteLine(FormattableString.Invariant(
            $"Ingested in {summary.Elapsed.TotalSeconds:0.0} s{rate}: {articles.New} new, {articles.Updated} updated, {articles.Unchanged} unchanged, {articles.Failed} failed{otherShards}{Warnings(articles)}."));
        if (summary.Linking is { } linking)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"Linked across articles in {linking.Elapsed.TotalSeconds:0.0} s: {linking.Report.Links} of {linking.Report.RawEntities} names as extracted are another entity's ({linking.Report.Changed} changed by this run)."));
        }
        Console.WriteLine(FormattableString.Invariant(
            $"Store: {store.Articles} articles, {store.People} people, {store.Countries} countries, {store.Organizations} organisations, {store.Meetings} meetings, {store.Affiliations} affiliations, {store.Leaderships} leaders, {store.Quotes} quotes."));
        if (summary.HasFailures)
        {
            Console.WriteLine($"Failed ({summary.Failures.Count}):");
            foreach (var failure in summary.Failures)
            {
                Console.WriteLine($"  {failure}");
            }
        }
    }

    /// <summary>Plain lines for a log: every few seconds, and the last one; scripts read them (bench/scale.sh).</summary>
    private async Task<IngestSummary> RunPlainAsync(Func<IProgress<IngestProgress>, Task<IngestSummary>> run)
    {
        var last = time.GetTimestamp();
        return await run(new CallbackProgress<IngestProgress>(progress =>
        {
            if (progress.Finished || time.GetElapsedTime(last) >= PlainInterval)
            {
                last = time.GetTimestamp();
                Console.Error.WriteLine(PlainLine(progress));
            }
        }));
    }

    /// <summary>"ingest: 5000 articles in 25.0 s: 200.0 articles/s, 1.26 MB/s of text, 13% of 98.2 MB, about 2:47 left; 4990 new, ...; CPU 40.1 s"</summary>
    /// The process's CPU time ends the line: on a shared machine it measures the work better than the wall clock.
    internal static string PlainLine(IngestProgress progress) =>
        $"ingest: {progress.Articles.Read + progress.Articles.Failed} articles in {Seconds(progress.Elapsed)} s: {Speed(progress)}; {Describe(progress)}; CPU {Seconds(Environment.CpuUsage.TotalTime)} s";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Speed(IngestProgress progress)
    {
        var share = progress.BytesTotal > 0 ? (double)progress.BytesRead / progress.BytesTotal : 0;
        var left = progress.Remaining is { } remaining ? $"about {Clock(remaining)} left" : "time left unknown";
        return FormattableString.Invariant(
            $"{progress.ArticlesPerSecond:0.0} articles/s, {progress.MegabytesPerSecond:0.00} MB/s of text, {share:0%} of {progress.BytesTotal / 1e6:0.0} MB, {left}");
    }

    private static string Clock(TimeSpan span) =>
        span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private static string Warnings(ArticleCounts articles) =>
        articles.Warnings > 0 ? $"; {articles.Warnings} warnings (see above)" : "";

    private static string Describe(IngestProgress progress)
    {
        var a = progress.Articles;
        return $"{a.New} new, {a.Updated} updated, {a.Unchanged} unchanged, {a.Failed} failed";
    }
}
