namespace Graph.Extraction.Resolution;

/// <summary>Normal forms of person names, so "Park Ji-seon", "Park Ji Seon" and "PARK JI SEON" are one person.</summary>
internal static class PersonNames
{
    public static string[] Words(string name)
    {
        var parts = name.Replace('\u2019', '\'').Split([' ', '-', '\u2010', '\u2011', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        var words = parts.Where(p => !IsInitial(p)).Select(p => p.ToLowerInvariant()).ToArray();
        return words.Length >= 2 ? words : parts.Select(p => p.ToLowerInvariant().TrimEnd('.')).ToArray();
    }

    public static string Key(string name) => string.Join(' ', Words(name));

    /// <summary>The name as the entity's canonical form: middle initials dropped when two words remain.</summary>
    public static string Canonical(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = parts.Where(p => !IsInitial(p)).ToArray();
        return kept.Length >= 2 && parts.Length > 2 ? string.Join(' ', kept) : name;
    }

    private static bool IsInitial(string word) =>
        word.Length >= 2 && word.Length % 2 == 0 && word.EndsWith('.') && char.IsUpper(word[0]) && word.Count(c => c == '.') == word.Length / 2;
}
