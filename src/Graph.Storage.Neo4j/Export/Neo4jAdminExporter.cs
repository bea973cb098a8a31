using System.Text;
using Graph.Core.Linking;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Internal.Export;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Writes stored articles as node and relationship CSV files for <c>neo4j-admin database import full</c>, which
/// loads a large corpus into an empty Neo4j in one step, far faster than ingesting it through the Query API. The
/// result is the graph the Neo4j store would build (same labels, properties, merged facts, counts), and a file
/// <c>import.sh</c> holds the exact command. Uniqueness constraints are created by the store on its first start.
/// Articles, mentions and quotes are written as they are read (in the archive's article-id order), so memory
/// grows with the entities and facts, not with the corpus; those are written at the end.
/// </summary>
public sealed class Neo4jAdminExporter
{
    public const string CommandFile = "import.sh";

    public Task<Neo4jAdminExport> ExportAsync(
        IAsyncEnumerable<ExtractedArticle> articles, string outputDirectory, CancellationToken cancellationToken = default) =>
        ExportAsync(articles, [], outputDirectory, cancellationToken);

    /// <summary>
    /// Exports the articles with the store's cross-article links applied as the Neo4j store applies them: each
    /// mention on its linked entity (keeping its raw id in the article's graph), and the links as
    /// <c>EntityLink</c> nodes, so a linking pass or an ingest on the imported database goes on from them.
    /// </summary>
    public async Task<Neo4jAdminExport> ExportAsync(
        IAsyncEnumerable<ExtractedArticle> articles, IReadOnlyList<EntityLink> links, string outputDirectory,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        string File(string name) => Path.Combine(outputDirectory, name);
        var files = new ExportFiles(File);
        try
        {
            var export = new StreamedExport(files, links.ToDictionary(link => link.RawId, link => link.EntityId, StringComparer.Ordinal));
            ExtractedArticle? pending = null;
            await foreach (var article in articles.WithCancellation(cancellationToken))
            {
                // A copy of the article read right after it replaces it, as in the store.
                if (pending is not null && pending.Article.Id != article.Article.Id)
                {
                    await export.WriteArticleAsync(pending);
                }
                pending = article;
            }
            if (pending is not null)
            {
                await export.WriteArticleAsync(pending);
            }
            await export.FinishAsync();
            foreach (var link in links)
            {
                await files.EntityLinks.WriteAsync(link.RawId, link.EntityId, link.Reason, "EntityLink");
            }
        }
        finally
        {
            await files.DisposeAsync();
        }
        var command = ImportCommand(files.Nodes, files.Relationships);
        await System.IO.File.WriteAllTextAsync(File(CommandFile), Script(command), new UTF8Encoding(false), cancellationToken);
        return new Neo4jAdminExport(
            outputDirectory,
            [.. files.Nodes.Concat(files.Relationships).Select(file => file.Path), File(CommandFile)],
            command,
            files.Articles.Rows,
            files.Nodes.Sum(file => file.Rows),
            files.Relationships.Sum(file => file.Rows));
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
        # docker compose needs NEO4J_PASSWORD set (it refuses to start without it). The password is not part of
        # the import: Neo4j sets it from NEO4J_AUTH=neo4j/$NEO4J_PASSWORD on the first start of its data volume
        # only, so on a volume created before, the password stays the one set then.
        # Then start Neo4j; the first `graph serve` or `graph ingest --store neo4j` creates the constraints.
        set -e
        {command}

        """;
}
