using System.CommandLine;
using Graph.Ingestion.Pipeline;

namespace Graph.Cli.Commands;

/// <summary>`graph ingest PATH...`: extract every article under the paths and store it.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files and folders (searched recursively): .txt, .md, .html, .jsonl, each also .gz.", Arity = ArgumentArity.OneOrMore };
        var shard = new Option<string?>("--shard") { Description = "Take only the articles whose id hashes to K modulo N (K/N, K from 0), to run N workers side by side." };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles stored per transaction.", DefaultValueFactory = _ => new IngestOptions().BatchSize };
        var store = new StoreOptions();
        var command = new Command("ingest", "Extract the articles under the given paths and store their graph; articles already stored are skipped.");
        command.Arguments.Add(paths);
        command.Options.Add(shard);
        command.Options.Add(batchSize);
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(batchSize) < 1)
            {
                throw new FormatException("--batch-size must be at least 1.");
            }
            var options = new IngestOptions
            {
                BatchSize = parseResult.GetValue(batchSize),
                Shard = parseResult.GetValue(shard) is { } text ? Shard.Parse(text) : Shard.All,
            };
            var summary = await IngestRunner.RunAsync(store.Read(parseResult), parseResult.GetValue(paths)!, options, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested(); // a run stopped by Ctrl+C exits 130, even when it stopped at its end
            return summary.HasFailures ? ExitCodes.SomeInputFailed : ExitCodes.Success;
        });
        return command;
    }
}
