using System.Collections.Frozen;
using Graph.Core.Model;

namespace Graph.Core.Linking;

/// <summary>
/// Short forms of given names (Bill for William, Chuck for Charles), from the general list in
/// Data/nicknames.tsv. A short form listed under two formal names is ambiguous and stays as written.
/// </summary>
public static class Nicknames
{
    private static readonly FrozenDictionary<string, string> FormalByShort = Load();

    /// <summary>The formal form of a folded given name ("bill" → "william"), or the name itself.</summary>
    public static string Formal(string foldedGivenName) =>
        FormalByShort.GetValueOrDefault(foldedGivenName, foldedGivenName);

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(Nicknames).Assembly.GetManifestResourceStream("Graph.Core.Data.nicknames.tsv")
            ?? throw new InvalidOperationException("The nickname list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var formals = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var columns = line.Split('\t');
            var formal = EntityId.Slug(columns[0]);
            foreach (var form in columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EntityId.Slug))
            {
                if (!formals.TryGetValue(form, out var set))
                {
                    formals[form] = set = [];
                }
                set.Add(formal);
            }
        }
        return formals.Where(pair => pair.Value.Count == 1 && !pair.Value.Contains(pair.Key))
            .ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Single(), StringComparer.Ordinal);
    }
}
