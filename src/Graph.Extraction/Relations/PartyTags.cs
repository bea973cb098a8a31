using System.Text.RegularExpressions;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>The party letter US news writes after a lawmaker's name: "(R-Texas)", ", D-Calif.,", "(I)".</summary>
internal sealed partial class PartyTags(WordLists words)
{
    private const int HeadlineReach = 60;

    /// <summary>The titles of legislators and their leaders, the names these sites tag: "Sen.", "Rep.", "Speaker", "Leader".</summary>
    private static readonly HashSet<string> LegislatorTitles = ["sen", "sens", "senator", "senators", "rep", "reps", "representative", "representatives", "congressman", "congresswoman", "speaker", "leader", "whip", "chairman", "chairwoman", "gov", "governor"];

    /// <summary>
    /// "Ted Cruz (R-Texas)", "Adam Schiff, D-Calif.,", "Sen. Angus King (I)"; a bare "(R)" only after a lawmaker's title or
    /// before "of Utah", since "(R)" and "(L)" also place people in a photo.
    /// </summary>
    public (int First, int End, PartyInfo Info, bool IsTag)? Find(Document doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (end + 1 >= tokens.Count || tokens[end].Norm is not ("(" or ","))
        {
            return null;
        }
        var open = tokens[end];
        var length = Math.Min(doc.Text.Length - open.End, 24);
        var tag = tokens[end].Norm == "(" ? TagPattern().Match(doc.Text, open.End, length) : CommaTagPattern().Match(doc.Text, open.End, length);
        if (!tag.Success && tokens[end].Norm == "(" && BareTagPattern().Match(doc.Text, open.End, length) is { Success: true } bare
            && (bare.Groups[2].Success || LawmakerTitleBefore(tokens, first)))
        {
            tag = bare;
        }
        if (!tag.Success)
        {
            return null;
        }
        var party = words.Tagged.FirstOrDefault(p => p.Letter == tag.Groups[1].Value);
        return party is null ? null : (end + 1, end + 2, party, true);
    }

    /// <summary>
    /// "Sen. Ana Varga Ana Maria VargaFirst headline Second headline MORE (R-Wis.)": a news site's links to related
    /// stories stand between a lawmaker's name and the party tag, which closes them after "MORE".
    /// </summary>
    public (int First, int End, PartyInfo Info, bool IsTag)? AfterHeadlines(Document doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var title = first > 1 && tokens[first - 1].Norm == "." ? first - 2 : first - 1;
        if (title < 0 || !tokens[title].IsCapitalized || !LegislatorTitles.Contains(tokens[title].Norm.TrimEnd('.')))
        {
            return null; // "Artistic Director X" inside the headlines is no lawmaker
        }
        var block = doc.Blocks.FirstOrDefault(b => b.FirstToken <= first && first < b.EndToken);
        for (var k = end; block is not null && k + 1 < block.EndToken && k < end + HeadlineReach; k++)
        {
            if (tokens[k].IsAllCaps && tokens[k].Norm == "more" && tokens[k + 1].Norm == "(")
            {
                return Find(doc, first, k + 1);
            }
            if (k > end && tokens[k].IsCapitalized && (tokens[k + 1].IsCapitalized || tokens[k + 1].Norm == ".") && LegislatorTitles.Contains(tokens[k].Norm.TrimEnd('.')))
            {
                return null; // another lawmaker's name comes first: the tag is theirs
            }
        }
        return null;
    }

    /// <summary>"Sen.", "Governor", "Attorney General" before the name: a title that is no honorific and no head of state's.</summary>
    private bool LawmakerTitleBefore(IReadOnlyList<Token> tokens, int first)
    {
        for (var start = Math.Max(0, first - 3); start < first; start++)
        {
            if (words.Titles.Match(tokens, start, first) is { } title && start + title.Length == first)
            {
                return !title.Value.IsLeader && !title.Value.IsHonorific;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\G\s*([RDI])\s*[-\u2013,]\s*[A-Z][A-Za-z.\s]{0,16}\)")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\G\s*([RD])-[A-Z][A-Za-z.]{1,14}(?=[,.;)]|\s)")]
    private static partial Regex CommaTagPattern();

    [GeneratedRegex(@"\G\s*([RDI])\)(\s+of\s+[A-Z])?")]
    private static partial Regex BareTagPattern();
}
