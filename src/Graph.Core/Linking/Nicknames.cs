using System.Collections.Frozen;
using Graph.Core.Model;

namespace Graph.Core.Linking;

/// <summary>
/// Short forms of given names (Bill for William, Chuck for Charles), from the general list in
/// Data/nicknames.tsv. A short form listed under two formal names is ambiguous and stays as written.
/// </summary>
public static class Nicknames
{
    private static readonly IReadOnlyList<(string Formal, string[] Forms)> Rows = Load();

    private static readonly FrozenDictionary<string, string> FormalByShort = Rows
        .SelectMany(row => row.Forms.Select(form => (Form: form, row.Formal)))
        .GroupBy(pair => pair.Form, StringComparer.Ordinal)
        .Where(group => group.Select(pair => pair.Formal).Distinct().Count() == 1 && group.First().Formal != group.Key)
        .ToFrozenDictionary(group => group.Key, group => group.First().Formal, StringComparer.Ordinal);

    private static readonly FrozenSet<string> GivenNames = Rows
        .SelectMany(row => row.Forms.Append(row.Formal)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The formal form of a folded given name ("bill" → "william"), or the name itself.</summary>
    public static string Formal(string foldedGivenName) =>
        FormalByShort.GetValueOrDefault(foldedGivenName, foldedGivenName);

    /// <summary>Whether a folded word is a given name of the list, formal or short ("peter", "pete", "pat").</summary>
    public static bool IsGivenName(string foldedWord) => GivenNames.Contains(foldedWord);

    private static List<(string Formal, string[] Forms)> Load()
    {
        using var stream = typeof(Nicknames).Assembly.GetManifestResourceStream("Graph.Core.Data.nicknames.tsv")
            ?? throw new InvalidOperationException("The nickname list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string[])>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var columns = line.Split('\t');
            rows.Add((EntityId.Slug(columns[0]),
                columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EntityId.Slug).ToArray()));
        }
        return rows;
    }
}
