using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>`graph extract FILE...`: the graph of each article as one JSON document per line, nothing stored.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Article files (text, Markdown, HTML, JSON Lines, each also .gz) or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Print the graph extracted from each article as JSON Lines on standard output, without storing anything.");
        command.Arguments.Add(files);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var output = Console.OpenStandardOutput();
            var failures = await ExtractRunner.RunAsync(parseResult.GetValue(files)!, output, Console.Error, cancellationToken);
            return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputFailed;
        });
        return command;
    }
}
