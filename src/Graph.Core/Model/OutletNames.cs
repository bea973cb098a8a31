using System.Text.RegularExpressions;

namespace Graph.Core.Model;

/// <summary>
/// One key for an outlet under its many spellings in feeds: "Fox News", "Fox News (Online)", "Fox Online News"
/// and "Fox News - Opinion" are all "fox". General rules, no list of outlets: a part in parentheses, a
/// " - section" suffix, a web domain ending, the words "online" and "web", a leading "the" and trailing
/// section words (news, opinion, editorial, blog) say how or where the outlet published, not which it is.
/// </summary>
public static partial class OutletNames
{
    private static readonly HashSet<string> Medium = ["online", "web"];

    private static readonly HashSet<string> Sections = ["news", "opinion", "editorial", "editorials", "board", "blog", "analysis", "op-ed"];

    /// <summary>The outlet's key (lower case, words joined by hyphens), or "" for a blank name.</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var cleaned = Parenthesised().Replace(name, " ");
        cleaned = SectionSuffix().Replace(cleaned, "");
        cleaned = DomainEnding().Replace(cleaned, "");
        var words = EntityId.Slug(cleaned).Split('-', StringSplitOptions.RemoveEmptyEntries).Where(word => !Medium.Contains(word)).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }
        while (words.Count > 1 && Sections.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return words.Count > 0 ? string.Join('-', words) : EntityId.Slug(name);
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();

    /// <summary>" - News", " - Opinion/Editorial", " - Editorial Board": a section of the outlet.</summary>
    [GeneratedRegex(@"\s+[-–—|:]\s+(?:(?:online|web|news|opinion|editorial|editorials|board|blog|analysis|op-ed)[\s/&]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionSuffix();

    [GeneratedRegex(@"\.(?:com|org|net|co\.uk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomainEnding();
}
