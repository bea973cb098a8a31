using Graph.TestSupport;

namespace Graph.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task ExportWritesNeo4jAdminCsvFilesAndTheImportCommand()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("articles/a.txt", "Envoys meet\n\nNorwegian Prime Minister Kari Holm met Swedish Prime Minister Lars Berg in Oslo on Monday.");
        await GraphProcess.RunAsync(folder.Path, "ingest", "articles");

        var (exitCode, output, _) = await GraphProcess.RunAsync(folder.Path, "export", "--format", "neo4j-admin", "--out", "export");

        Assert.Equal(0, exitCode);
        Assert.Contains("Wrote 1 articles", output);
        Assert.Contains("neo4j-admin database import full", output);
        Assert.StartsWith("id:ID(Article)", File.ReadLines(folder.File("export/articles.csv")).First());
        Assert.Contains("neo4j-admin database import full", File.ReadAllText(folder.File("export/import.sh")));
    }

    [Fact]
    public async Task ExportingADatabaseThatDoesNotExistSaysSoInOneSentence()
    {
        using var folder = new TemporaryDirectory();

        var (exitCode, _, error) = await GraphProcess.RunAsync(folder.Path, "export", "--format", "neo4j-admin", "--out", "export", "--db", "none.db");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: There is no database at", error.Trim());
    }
}
