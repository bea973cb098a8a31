using Graph.Extraction.Text;

namespace Graph.Extraction.Lexicon;

/// <summary>Multi-word phrases looked up by their first token's normal form; the longest match wins.</summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirst = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<Token> words, T value)
    {
        if (words.Count == 0)
        {
            return;
        }
        var norms = words.Select(w => w.Norm).ToArray();
        if (!byFirst.TryGetValue(norms[0], out var list))
        {
            list = [];
            byFirst[norms[0]] = list;
        }
        if (list.Any(e => e.Words.SequenceEqual(norms)))
        {
            return;
        }
        list.Add((norms, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The longest phrase starting at tokens[index] and ending at or before limit, or none.</summary>
    public (int Length, T Value)? Match(IReadOnlyList<Token> tokens, int index, int limit)
    {
        if (!byFirst.TryGetValue(tokens[index].Norm, out var list))
        {
            return null;
        }
        foreach (var (words, value) in list)
        {
            if (index + words.Length > limit)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                ok = tokens[index + k].Norm == words[k];
            }
            if (ok)
            {
                return (words.Length, value);
            }
        }
        return null;
    }
}
