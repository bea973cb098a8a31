using System.CommandLine;
using Graph.Ingestion.Pipeline;
using Graph.Storage;
using Graph.Storage.Sqlite;
using Graph.Web;
using Microsoft.Extensions.Hosting;

namespace Graph.Cli.Commands;

/// <summary>`graph serve`: the web API and explorer on the store, optionally after ingesting some paths.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var ingest = new Option<string[]>("--ingest") { Description = "Ingest these files or folders first.", AllowMultipleArgumentsPerToken = true };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => GraphWebApp.DefaultUrl };
        var verbose = new Option<bool>("--verbose") { Description = "Log one line per request (by default nothing is logged per request)." };
        var store = new StoreOptions();
        var command = new Command("serve", "Serve the relationship API (OpenAPI at /openapi/v1.json) and the explorer at /.");
        command.Options.Add(ingest);
        command.Options.Add(urls);
        command.Options.Add(verbose);
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = store.Read(parseResult);
            if (parseResult.GetValue(ingest) is { Length: > 0 } paths)
            {
                await IngestRunner.RunAsync(settings, paths, new IngestOptions(), cancellationToken);
            }
            else if (settings.Kind == StoreKind.Sqlite && !File.Exists(settings.DatabaseFile))
            {
                var file = Path.GetFullPath(settings.DatabaseFile);
                throw new StoreConfigurationException($"There is no database at {file}: fill it with `graph ingest PATH --db {file}`, or ingest and serve at once with `graph serve --ingest PATH`.");
            }
            if (settings.Kind == StoreKind.Sqlite)
            {
                await using var existing = new SqliteGraphStore(settings.DatabaseFile);
                if (await existing.CheckAsync(cancellationToken) is { } problem)
                {
                    throw new StoreConfigurationException($"The database {existing.DatabaseFile} is damaged ({problem.TrimEnd('.')}): restore it from a copy, or delete it and ingest the articles again.");
                }
            }
            string[] arguments = [.. store.AsConfigurationArguments(settings), $"--urls={parseResult.GetValue(urls)}",
                $"--Graph:Verbose={(parseResult.GetValue(verbose) ? "true" : "false")}"];
            await using var app = GraphWebApp.Create(arguments);
            await Console.Error.WriteLineAsync($"Serving on {parseResult.GetValue(urls)} (API reference at /api/reference, OpenAPI at /openapi/v1.json). Ctrl+C stops.");
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
