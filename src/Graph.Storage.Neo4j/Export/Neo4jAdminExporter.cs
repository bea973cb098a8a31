using System.Text;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Internal.Export;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Writes stored articles as node and relationship CSV files for <c>neo4j-admin database import full</c>, which
/// loads a large corpus into an empty Neo4j in one step, far faster than ingesting it through the Query API. The
/// result is the graph the Neo4j store would build (same labels, properties, merged facts), and a file
/// <c>import.sh</c> holds the exact command. Uniqueness constraints are created by the store on its first start.
/// </summary>
public sealed class Neo4jAdminExporter
{
    public const string CommandFile = "import.sh";

    private static readonly string[] EntityHeader =
    [
        "id:ID(Entity)", "name", "aliases:string[]", "keys:string[]",
        "articles:int", "names:string[]", "nameArticles:int[]", "canonicalArticles:int[]", ":LABEL",
    ];

    public async Task<Neo4jAdminExport> ExportAsync(
        IAsyncEnumerable<ExtractedArticle> articles, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var graph = new ExportedGraph();
        await foreach (var article in articles.WithCancellation(cancellationToken))
        {
            graph.Add(article);
        }
        Directory.CreateDirectory(outputDirectory);
        string File(string name) => Path.Combine(outputDirectory, name);
        var nodes = new List<CsvFile>();
        var relationships = new List<CsvFile>();
        try
        {
            nodes.Add(new CsvFile(File("articles.csv"), "id:ID(Article)", "source", "title", "url", "date", "outlet", "extractorVersion:int", ":LABEL"));
            foreach (var row in graph.Articles)
            {
                await nodes[^1].WriteAsync(row.Id, row.Source, row.Title, row.Url, row.Date, row.Outlet, row.ExtractorVersion, "Article");
            }
            nodes.Add(new CsvFile(File("entities.csv"), EntityHeader));
            foreach (var (label, names) in graph.Entities())
            {
                await nodes[^1].WriteAsync(names.Id, names.Name, names.Aliases, names.Keys,
                    names.Articles, names.Names, names.NameArticles, names.CanonicalArticles, label);
            }
            nodes.Add(new CsvFile(File("quotes.csv"), "id:ID(Quote)", "text", "cue", "start:int", ":LABEL"));
            foreach (var quote in graph.Quotes)
            {
                await nodes[^1].WriteAsync(quote.Id, quote.Text, quote.Cue, quote.Start, "Quote");
            }
            await WriteRelationshipsAsync(graph, File, relationships);
        }
        finally
        {
            foreach (var file in nodes.Concat(relationships))
            {
                await file.DisposeAsync();
            }
        }
        var command = ImportCommand(nodes, relationships);
        await System.IO.File.WriteAllTextAsync(File(CommandFile), Script(command), new UTF8Encoding(false), cancellationToken);
        return new Neo4jAdminExport(
            outputDirectory,
            [.. nodes.Concat(relationships).Select(file => file.Path), File(CommandFile)],
            command,
            nodes[0].Rows,
            nodes.Sum(file => file.Rows),
            relationships.Sum(file => file.Rows));
    }

    private static async Task WriteRelationshipsAsync(ExportedGraph graph, Func<string, string> file, List<CsvFile> relationships)
    {
        var entityIds = graph.Entities().Select(entity => entity.Names.Id).ToHashSet(StringComparer.Ordinal);
        var mentions = Add(relationships, new CsvFile(file("mentions.csv"),
            ":START_ID(Article)", ":END_ID(Entity)", "names:string[]", "canonical:string[]", "keys:string[]", ":TYPE"));
        foreach (var row in graph.Mentions)
        {
            await mentions.WriteAsync(row.ArticleId, row.EntityId, row.Names, row.Canonical, row.Keys, "MENTIONS");
        }
        var met = Add(relationships, new CsvFile(file("met.csv"),
            ":START_ID(Entity)", ":END_ID(Entity)", "status", "sources:string[]", "evidence:string[]", ":TYPE"));
        var affiliated = Add(relationships, new CsvFile(file("affiliated_with.csv"),
            ":START_ID(Entity)", ":END_ID(Entity)", "role", "sources:string[]", "evidence:string[]", ":TYPE"));
        var leader = Add(relationships, new CsvFile(file("leader_of.csv"),
            ":START_ID(Entity)", ":END_ID(Entity)", "sources:string[]", "evidence:string[]", ":TYPE"));
        foreach (var fact in graph.Relations())
        {
            await (fact.Type switch
            {
                "MET" => met.WriteAsync(fact.SourceId, fact.TargetId, fact.Status, fact.Sources, fact.Evidence, fact.Type),
                "AFFILIATED_WITH" => affiliated.WriteAsync(fact.SourceId, fact.TargetId, fact.Role, fact.Sources, fact.Evidence, fact.Type),
                _ => leader.WriteAsync(fact.SourceId, fact.TargetId, fact.Sources, fact.Evidence, fact.Type),
            });
        }
        var said = Add(relationships, new CsvFile(file("said.csv"), ":START_ID(Entity)", ":END_ID(Quote)", ":TYPE"));
        var about = Add(relationships, new CsvFile(file("about.csv"), ":START_ID(Quote)", ":END_ID(Entity)", ":TYPE"));
        var inArticle = Add(relationships, new CsvFile(file("in.csv"), ":START_ID(Quote)", ":END_ID(Article)", ":TYPE"));
        var quoted = Add(relationships, new CsvFile(file("quoted.csv"), ":START_ID(Article)", ":END_ID(Entity)", ":TYPE"));
        var quotedPairs = new HashSet<(string, string)>();
        foreach (var quote in graph.Quotes)
        {
            await inArticle.WriteAsync(quote.Id, quote.ArticleId, "IN");
            if (entityIds.Contains(quote.SpeakerId))
            {
                await said.WriteAsync(quote.SpeakerId, quote.Id, "SAID");
                if (quotedPairs.Add((quote.ArticleId, quote.SpeakerId)))
                {
                    await quoted.WriteAsync(quote.ArticleId, quote.SpeakerId, "QUOTED");
                }
            }
            foreach (var subject in quote.About.Where(entityIds.Contains))
            {
                await about.WriteAsync(quote.Id, subject, "ABOUT");
            }
        }
    }

    private static CsvFile Add(List<CsvFile> files, CsvFile file)
    {
        files.Add(file);
        return file;
    }

    private static string ImportCommand(IEnumerable<CsvFile> nodes, IEnumerable<CsvFile> relationships) =>
        string.Join(" ",
        [
            "neo4j-admin database import full",
            .. nodes.Select(file => $"--nodes={Path.GetFileName(file.Path)}"),
            .. relationships.Select(file => $"--relationships={Path.GetFileName(file.Path)}"),
            $"--array-delimiter=U+{(int)CsvFile.ArrayDelimiter:X4}",
            "--multiline-fields=true",
            "--overwrite-destination=true",
            "neo4j",
        ]);

    private static string Script(string command) => $"""
        #!/bin/sh
        # Loads these CSV files into the database "neo4j", replacing what it holds. Run it from this folder
        # with Neo4j stopped, for example in the neo4j:5.26 image with this folder mounted at /import:
        #   docker compose run --rm --no-deps -v "$PWD:/import" -w /import neo4j sh import.sh
        # Then start Neo4j; the first `graph serve` or `graph ingest --store neo4j` creates the constraints.
        set -e
        {command}

        """;
}
