using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Core.Linking;

/// <summary>
/// A person's name taken apart for linking: given name (its formal form), middle names and initials,
/// surname and generational suffix. "Peter Q. Holm", "Peter Quincy Holm" and "Holm, Peter Quincy" give
/// the same given name and surname; "Peter Holm Jr." differs by its suffix.
/// </summary>
public sealed partial record PersonName(string Given, string Surname, string Suffix, string MiddleInitials, int Words)
{
    private static readonly ImmutableHashSet<string> Suffixes = ["jr", "sr", "ii", "iii", "iv"];

    /// <summary>Particles dropped before a surname ("Omar al-Rashid" and "Omar Rashid" are one name).</summary>
    private static readonly ImmutableHashSet<string> Particles = ["al", "el"];

    /// <summary>Given name and surname, the key under which variants of one name meet.</summary>
    public (string Given, string Surname, string Suffix) Key => (Given, Surname, Suffix);

    /// <summary>A name of one word ("Varga", "Park"): linked by how the corpus uses it, not by its parts.</summary>
    public bool IsSingleWord => Words == 1;

    public static PersonName? Parse(string name)
    {
        var text = name.Trim();
        var comma = text.IndexOf(',');
        if (comma > 0)
        {
            // "Holm, Peter Quincy" (metadata order) unless the part after the comma is a suffix ("Jr.").
            var after = text[(comma + 1)..].Trim();
            var before = text[..comma].Trim();
            text = Suffixes.Contains(EntityId.Slug(after)) ? $"{before} {after}" : $"{after} {before}";
        }
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var suffix = "";
        if (tokens.Length > 1 && Suffixes.Contains(EntityId.Slug(tokens[^1])))
        {
            suffix = EntityId.Slug(tokens[^1]);
            tokens = tokens[..^1];
        }
        // Each part: a word (folded) or an initial (one letter); "H.W." gives two initials.
        var parts = new List<(string Text, bool IsInitial)>();
        foreach (var token in tokens)
        {
            if (Initials().IsMatch(token))
            {
                parts.AddRange(token.Where(char.IsLetter).Select(letter => (char.ToLowerInvariant(letter).ToString(), true)));
                continue;
            }
            parts.AddRange(EntityId.Slug(token).Split('-', StringSplitOptions.RemoveEmptyEntries).Select(word => (word, false)));
        }
        parts = parts.Where((part, index) => index == parts.Count - 1 || !Particles.Contains(part.Text)).ToList();
        if (parts.Count == 0)
        {
            return null;
        }
        var given = parts[0].IsInitial ? parts[0].Text : Nicknames.Formal(parts[0].Text);
        var middle = string.Concat(parts.Skip(1).SkipLast(1).Select(part => part.Text[0]));
        return new PersonName(given, parts[^1].Text, suffix, parts.Count == 1 ? "" : middle, parts.Count);
    }

    /// <summary>
    /// "Peter Holm" from "Holm Peter": the name read with its first word moved to the end, a suffix after the
    /// surname kept last ("Holm Jr. Peter"). Null when that reading would begin with an initial ("Peter Q. Holm" is
    /// not "Q. Holm Peter").
    /// </summary>
    public static PersonName? ParseRotated(string name)
    {
        var tokens = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > 2 && Suffixes.Contains(EntityId.Slug(tokens[1])))
        {
            // "Holm Jr. Peter" is "Peter Holm Jr.".
            return Parse(string.Join(' ', tokens.Skip(2).Append(tokens[0]).Append(tokens[1])));
        }
        if (tokens.Length < 2 || name.Contains(',') || Initials().IsMatch(tokens[1]))
        {
            return null;
        }
        return Parse(string.Join(' ', tokens.Skip(1).Append(tokens[0])));
    }

    [GeneratedRegex(@"^(\p{Lu}\.?){1,3}$|^(\p{Lu}\.){1,3}$")]
    private static partial Regex Initials();
}
