using System.Reflection;

namespace Graph.Storage.Neo4j.Internal.Cypher;

/// <summary>Reads the <c>.cypher</c> files embedded from the repository's <c>cypher/</c> folder.</summary>
internal static class CypherFiles
{
    private const string Prefix = "Graph.Cypher.";

    private static readonly Assembly Assembly = typeof(CypherFiles).Assembly;

    /// <summary>The whole file, by its path under cypher/ without the extension, for example <c>read/edges</c>.</summary>
    public static CypherStatement Load(string path)
    {
        var wanted = Prefix + path + ".cypher";
        // RecursiveDir keeps the platform's separator in the resource name.
        var name = Assembly.GetManifestResourceNames()
            .SingleOrDefault(candidate => candidate.Replace('\\', '/') == wanted)
            ?? throw new InvalidOperationException($"cypher/{path}.cypher is not embedded in {Assembly.GetName().Name}.");
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return new CypherStatement(path, reader.ReadToEnd().Replace("\r\n", "\n").Trim());
    }

    /// <summary>A file of several statements, each ending with a semicolon at the end of a line (the Query API runs one at a time).</summary>
    public static IReadOnlyList<CypherStatement> LoadMany(string path)
    {
        var file = Load(path);
        return file.Text
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => text.TrimEnd(';'))
            .Where(text => text.Split('\n').Any(line => line.Trim() is { Length: > 0 } code && !code.StartsWith("//", StringComparison.Ordinal)))
            .Select((text, index) => new CypherStatement($"{path}#{index + 1}", text))
            .ToList();
    }
}
