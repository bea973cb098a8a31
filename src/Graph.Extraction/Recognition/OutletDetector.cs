using System.Text.RegularExpressions;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds the publisher from the page itself: a masthead or outlet line at the top ("The Washington Post",
/// "USA TODAY") or a dateline credit ("(CNN)", "SEOUL (Reuters) -").
/// </summary>
internal sealed partial class OutletDetector(WordLists words)
{
    private const int LinesToSearch = 4;

    public (OrganizationInfo Outlet, Mention? Mention)? Detect(Document doc)
    {
        foreach (var block in doc.Blocks.Take(LinesToSearch))
        {
            var line = doc.Text[block.Start..block.End].Trim();
            foreach (var outlet in words.Outlets)
            {
                foreach (var name in Names(outlet))
                {
                    if (line.StartsWith(name, StringComparison.OrdinalIgnoreCase) && IsWholeLineOrMasthead(line, name))
                    {
                        var start = doc.Text.IndexOf(name, block.Start, StringComparison.OrdinalIgnoreCase);
                        var first = doc.Tokens.FindIndex(block.FirstToken, t => t.End > start);
                        return (outlet, new Mention(first, first + 1, MentionKind.Organization, outlet.Name) { Characters = (start, start + name.Length), Organization = outlet });
                    }
                }
            }
            var dateline = Dateline().Match(line);
            var credit = dateline.Groups[1].Success ? dateline.Groups[1].Value : dateline.Groups[2].Value;
            if (dateline.Success && words.Outlets.FirstOrDefault(o => Names(o).Contains(credit, StringComparer.OrdinalIgnoreCase)) is { } credited)
            {
                return (credited, null);
            }
        }
        return null;
    }

    private static IEnumerable<string> Names(OrganizationInfo outlet)
    {
        yield return outlet.Name;
        if (outlet.Name.StartsWith("The ", StringComparison.Ordinal))
        {
            yield return outlet.Name[4..];
        }
        if (outlet.Name.Length > 4 && outlet.Name.Contains(' ', StringComparison.Ordinal))
        {
            yield return outlet.Name.ToUpperInvariant();
        }
    }

    /// <summary>"USA TODAY" alone on its line, or a masthead whose slogan follows without a space.</summary>
    private static bool IsWholeLineOrMasthead(string line, string name) =>
        line.Length == name.Length || (line.Length > name.Length && char.IsUpper(line[name.Length]) && name.Contains(' ', StringComparison.Ordinal));

    [GeneratedRegex(@"^[A-Z][A-Za-z .,/'-]{0,60}\(([A-Za-z ]{2,30})\)|^\(([A-Za-z ]{2,30})\)")]
    private static partial Regex Dateline();
}
