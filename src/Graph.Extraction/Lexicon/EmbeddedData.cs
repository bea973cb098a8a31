using System.Reflection;

namespace Graph.Extraction.Lexicon;

/// <summary>Reads the word lists embedded as Graph.Extraction.Data.&lt;file&gt;: non-empty lines, '#' comments dropped.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string file)
    {
        var name = "Graph.Extraction.Data." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The word list {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.TrimEnd('\r'));
            }
        }
        return lines;
    }

    public static string[] Fields(string line) => line.Split('\t');

    public static string[] Items(string[] fields, int index) =>
        index < fields.Length
            ? fields[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
}
