using System.Text.RegularExpressions;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Finds the headline of a plain-text article: the first non-empty line, unless that line is a site
/// masthead (a scraped page often starts with the outlet's name glued to its slogan), then the next one.
/// </summary>
public static partial class HeadlineGuesser
{
    private const int MaxHeadlineLength = 300;

    public static string? Guess(string text)
    {
        var lines = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Take(2)
            .ToList();
        if (lines.Count == 0)
        {
            return null;
        }
        var headline = lines.Count > 1 && LooksLikeMasthead(lines[0]) && LooksLikeHeadline(lines[1]) ? lines[1] : lines[0];
        return headline.Length <= MaxHeadlineLength ? headline : null;
    }

    /// <summary>"The Washington PostDemocracy Dies in Darkness": a name and a slogan run together with no space.</summary>
    public static bool LooksLikeMasthead(string line) => GluedWords().IsMatch(line) && !line.EndsWith('.');

    /// <summary>A short line that is not a sentence of the body (which a brand name in a headline would be followed by).</summary>
    private static bool LooksLikeHeadline(string line) => line.Length <= 150 && !line.EndsWith('.');

    [GeneratedRegex(@"\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}")]
    private static partial Regex GluedWords();
}
