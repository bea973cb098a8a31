using System.CommandLine;
using Graph.Core.Storage;
using Graph.Storage;
using Graph.Storage.Neo4j.Export;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Cli.Commands;

/// <summary>`graph export --format neo4j-admin --out DIR`: the stored graph as CSV files for neo4j-admin's bulk import.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "The export format: neo4j-admin (node and relationship CSV files for `neo4j-admin database import full`).", Required = true };
        format.AcceptOnlyFromAmong("neo4j-admin");
        var output = new Option<string>("--out") { Description = "The folder to write the files into.", Required = true };
        var store = new StoreOptions();
        var command = new Command("export", "Export the stored graph for loading a large corpus into an empty Neo4j in one step.");
        command.Options.Add(format);
        command.Options.Add(output);
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = store.Read(parseResult);
            if (settings.Kind == StoreKind.Sqlite && !File.Exists(settings.DatabaseFile))
            {
                throw new StoreConfigurationException($"There is no database at {Path.GetFullPath(settings.DatabaseFile)}: ingest articles first, or name the file with --db.");
            }
            await using var source = GraphStoreFactory.Create(settings, NullLoggerFactory.Instance);
            if (source is not IArticleArchive archive)
            {
                throw new StoreConfigurationException("Export reads the embedded store: use --store sqlite (with --db FILE).");
            }
            await source.InitializeAsync(cancellationToken);
            var links = await archive.ReadEntityLinksAsync(cancellationToken);
            var export = await new Neo4jAdminExporter().ExportAsync(
                archive.ReadArticlesAsync(cancellationToken), links, parseResult.GetValue(output)!, cancellationToken);
            Console.WriteLine($"Wrote {export.Articles} articles as {export.Nodes} nodes and {export.Relationships} relationships to {export.Directory}:");
            foreach (var file in export.Files)
            {
                Console.WriteLine($"  {file}");
            }
            Console.WriteLine($"Import into an empty, stopped database from that folder with (also in {Neo4jAdminExporter.CommandFile}):");
            Console.WriteLine($"  {export.ImportCommand}");
            return ExitCodes.Success;
        });
        return command;
    }
}
