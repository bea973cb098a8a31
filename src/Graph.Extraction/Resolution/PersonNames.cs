namespace Graph.Extraction.Resolution;

/// <summary>Normal forms of person names, so "Park Ji-seon", "Park Ji Seon" and "PARK JI SEON" are one person.</summary>
internal static class PersonNames
{
    public static string[] Words(string name)
    {
        var parts = Parts(name);
        var words = parts.Where((p, i) => !IsInitial(p) && !IsBareMiddleInitial(parts, i)).Select(p => p.ToLowerInvariant()).ToArray();
        return words.Length >= 2 ? words : parts.Select(p => p.ToLowerInvariant().TrimEnd('.')).ToArray();
    }

    /// <summary>
    /// The name's words in lower case, middle initials kept with their full stops ("george h.w. bush"), so that
    /// names differing only by their initials are told apart; <see cref="Initials"/> reads them back.
    /// </summary>
    public static string Key(string name)
    {
        var parts = Parts(name);
        var initial = parts.Select((part, i) => IsInitial(part) || IsBareMiddleInitial(parts, i)).ToArray();
        return !initial.Contains(true) || initial.Count(isInitial => !isInitial) < 2
            ? string.Join(' ', Words(name))
            : string.Join(' ', parts.Select((part, i) => initial[i] ? Dotted(part) : part.ToLowerInvariant()));
    }

    /// <summary>The middle initials kept in a <see cref="Key"/> ("h.w." of "george h.w. bush"), or "" when it has none.</summary>
    public static string Initials(string key) =>
        string.Join(' ', key.Split(' ').Where(word => word.Length >= 2 && word.Length % 2 == 0 && word.EndsWith('.')
            && word.Count(c => c == '.') == word.Length / 2));

    /// <summary>The name as the entity's canonical form, initials kept: "Tomas R. Varga" and "Tomas K.L. Varga" are two people.</summary>
    public static string Canonical(string name) => name;

    /// <summary>
    /// The name's words; a generational suffix ("Jr.", "Sr.", "III") after three other words is left out, so "Ana Maria
    /// Varga Jr." and "Ana Maria Varga" are one person. After two words it stays: "Tomas Brel Jr." is most often the son
    /// of a "Tomas Brel" the same article names.
    /// </summary>
    private static string[] Parts(string name)
    {
        var parts = name.Replace('\u2019', '\'').Split([' ', '-', '\u2010', '\u2011', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 4 && IsGenerationalSuffix(parts[^1]) && parts[..^1].Count(p => !IsInitial(p)) >= 3 ? parts[..^1] : parts;
    }

    private static bool IsGenerationalSuffix(string word) =>
        word.TrimEnd('.').ToLowerInvariant() is "jr" or "sr" or "ii" or "iii" or "iv";

    /// <summary>"W" or "HW" between a given name and a surname ("Tomas KL Varga"): initials written without stops.</summary>
    private static bool IsBareMiddleInitial(string[] parts, int index) =>
        index > 0 && index < parts.Length - 1 && parts[index].Length <= 2 && parts[index].All(char.IsUpper);

    /// <summary>An initial written the one way keys use: "h.w." for "H.W.", "HW" or "H. W.".</summary>
    private static string Dotted(string initial) =>
        string.Concat(initial.Where(char.IsLetter).Select(letter => $"{char.ToLowerInvariant(letter)}."));

    private static bool IsInitial(string word) =>
        word.Length >= 2 && word.Length % 2 == 0 && word.EndsWith('.') && char.IsUpper(word[0]) && word.Count(c => c == '.') == word.Length / 2;
}
