using System.Text;
using System.Threading.Channels;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Ingestion.Reading;

namespace Graph.Cli.Commands;

/// <summary>
/// Reads the articles in order, extracts and serialises chunks of them on every core, and writes the
/// documents in reading order through one buffered writer (flushed when it would otherwise wait, so a
/// slow input still streams). The output is the same for any number of cores.
/// </summary>
internal static class ExtractRunner
{
    private const int ChunkArticles = 16;
    private const int ChunkCharacters = 256 * 1024;

    /// <summary>Returns how many inputs failed.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, Stream output, TextWriter errors, CancellationToken cancellationToken)
    {
        var extractor = new ArticleExtractor();
        var sources = ArticleSources.Default;
        var (files, missing) = sources.ListFiles(paths, cancellationToken);
        foreach (var failure in missing)
        {
            await errors.WriteLineAsync($"error: {failure}");
        }
        var chunks = Channel.CreateBounded<Task<List<Line>>>(new BoundedChannelOptions(2 * Environment.ProcessorCount) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAsync(sources, files, extractor, chunks.Writer, cancellationToken), cancellationToken);
        var failures = missing.Count;
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
        {
            foreach (var line in await chunk)
            {
                if (line.IsError)
                {
                    failures++;
                    await writer.FlushAsync(cancellationToken);
                    await errors.WriteLineAsync($"error: {line.Text}");
                }
                else
                {
                    await writer.WriteLineAsync(line.Text);
                }
            }
            if (!chunks.Reader.TryPeek(out _))
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        await reading;
        return failures;
    }

    private static async Task ReadAsync(
        ArticleSources sources, IReadOnlyList<string> files, ArticleExtractor extractor, ChannelWriter<Task<List<Line>>> output, CancellationToken cancellationToken)
    {
        try
        {
            var chunk = new List<ReadOutcome>();
            var characters = 0;
            foreach (var file in files)
            {
                await foreach (var outcome in sources.ReadAsync(file, cancellationToken))
                {
                    chunk.Add(outcome);
                    characters += outcome.Article?.Text.Length ?? 0;
                    if (chunk.Count >= ChunkArticles || characters >= ChunkCharacters)
                    {
                        var full = chunk;
                        await output.WriteAsync(Task.Run(() => Extract(extractor, full), cancellationToken), cancellationToken);
                        (chunk, characters) = ([], 0);
                    }
                }
            }
            await output.WriteAsync(Task.Run(() => Extract(extractor, chunk), cancellationToken), cancellationToken);
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
        }
    }

    private static List<Line> Extract(ArticleExtractor extractor, List<ReadOutcome> chunk) =>
        [.. chunk.Select(outcome => outcome.Failure is { } failure ? new Line(failure.ToString(), IsError: true) : Extract(extractor, outcome.Article!))];

    private static Line Extract(ArticleExtractor extractor, Article article)
    {
        try
        {
            return new Line(GraphJson.Serialize(extractor.Extract(article)), IsError: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Line($"{PrintableText.Escape(article.Source)}: extraction failed ({e.GetType().Name}: {e.Message}); the other articles go on", IsError: true);
        }
    }

    private readonly record struct Line(string Text, bool IsError);
}
