using System.CommandLine;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Ingestion.Reading;

namespace Graph.Cli.Commands;

/// <summary>`graph extract FILE...`: the graph of each article as one JSON document per line, nothing stored.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Article files (text, Markdown, HTML, JSON Lines) or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Print the graph extracted from each article as JSON Lines on standard output, without storing anything.");
        command.Arguments.Add(files);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var extractor = new ArticleExtractor();
            var sources = ArticleSources.Default;
            var (paths, missing) = sources.ListFiles(parseResult.GetValue(files)!, cancellationToken);
            var failures = missing.Count;
            foreach (var failure in missing)
            {
                await Console.Error.WriteLineAsync($"error: {failure}");
            }
            await using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            foreach (var path in paths)
            {
                await foreach (var outcome in sources.ReadAsync(path, cancellationToken))
                {
                    if (outcome.Failure is { } failure)
                    {
                        failures++;
                        await Console.Error.WriteLineAsync($"error: {failure}");
                        continue;
                    }
                    var (graph, error) = TryExtract(extractor, outcome.Article!);
                    if (graph is null)
                    {
                        failures++;
                        await Console.Error.WriteLineAsync($"error: {PrintableText.Escape(outcome.Article!.Source)}: extraction failed ({error}); the other articles go on");
                        continue;
                    }
                    await output.WriteLineAsync(GraphJson.Serialize(graph));
                }
                await output.FlushAsync(cancellationToken);
            }
            return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputFailed;
        });
        return command;
    }

    /// <summary>One article that breaks the extractor is that article's failure, never the end of the run.</summary>
    private static (ArticleGraph? Graph, string? Error) TryExtract(IArticleExtractor extractor, Article article)
    {
        try
        {
            return (extractor.Extract(article), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
