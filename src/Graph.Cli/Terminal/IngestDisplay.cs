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
                        task.MaxValue = Math.Max(1, progress.FilesTotal);
                        task.Value = progress.FilesDone;
                        task.Description = Markup.Escape(Describe(progress));
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
            $"Ingested in {summary.Elapsed.TotalSeconds:0.0} s{rate}: {articles.New} new, {articles.Updated} updated, {articles.Unchanged} unchanged, {articles.Failed} failed{otherShards}."));
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

    private async Task<IngestSummary> RunPlainAsync(Func<IProgress<IngestProgress>, Task<IngestSummary>> run)
    {
        var last = time.GetTimestamp();
        return await run(new CallbackProgress<IngestProgress>(progress =>
        {
            var done = progress.FilesDone == progress.FilesTotal;
            if (done || time.GetElapsedTime(last) >= PlainInterval)
            {
                last = time.GetTimestamp();
                Console.Error.WriteLine($"ingest: {progress.FilesDone}/{progress.FilesTotal} files; {Describe(progress)}");
            }
        }));
    }

    private static string Describe(IngestProgress progress)
    {
        var a = progress.Articles;
        return $"{a.New} new, {a.Updated} updated, {a.Unchanged} unchanged, {a.Failed} failed";
    }
}
