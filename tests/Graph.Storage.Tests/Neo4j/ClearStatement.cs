namespace Graph.Storage.Tests.Neo4j;

/// <summary>cypher/testing/clear-database.cypher, embedded in this test assembly (never in the store's).</summary>
internal static class ClearStatement
{
    public static string Value { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(ClearStatement).Assembly.GetManifestResourceStream("clear-database.cypher")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
