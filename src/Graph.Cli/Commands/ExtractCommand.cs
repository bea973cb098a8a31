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
            var (paths, missing) = sources.ListFiles(parseResult.GetValue(files)!);
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
                    await output.WriteLineAsync(GraphJson.Serialize(extractor.Extract(outcome.Article!)));
                }
                await output.FlushAsync(cancellationToken);
            }
            return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputFailed;
        });
        return command;
    }
}
