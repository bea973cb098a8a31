using Graph.Cli.Terminal;
using Graph.Extraction;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Reading;
using Graph.Storage;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Commands;

/// <summary>Runs the ingestion pipeline into the chosen store with the terminal display; shared by `ingest` and `serve --ingest`.</summary>
internal static class IngestRunner
{
    public static async Task<IngestSummary> RunAsync(
        StoreSettings settings, IReadOnlyList<string> paths, IngestOptions options, CancellationToken cancellationToken)
    {
        using var log = new StderrLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.ClearProviders().AddProvider(log));
        await using var store = GraphStoreFactory.Create(settings, loggerFactory);
        var pipeline = new IngestionPipeline(
            new ArticleExtractor(), store, ArticleSources.Default, loggerFactory.CreateLogger<IngestionPipeline>(), TimeProvider.System);
        var summary = await new IngestDisplay(log, TimeProvider.System)
            .RunAsync(progress => pipeline.RunAsync(paths, options, progress, cancellationToken));
        IngestDisplay.PrintSummary(summary);
        return summary;
    }
}
