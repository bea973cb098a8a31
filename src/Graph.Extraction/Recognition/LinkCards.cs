using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// "President Holm Peter Ivo HolmFirst headline Second headline MORE": a news site's link card after a name repeats
/// the person's legal name, run together with the headlines of related stories, up to "MORE". The legal name is no
/// part of the name before it, which ends at the surname the card's run-together word opens with; the headlines
/// stay (the names in them are read as usual).
/// </summary>
internal static class LinkCards
{
    /// <summary>How far back from the run-together word the surname of the name before the card may stand.</summary>
    private const int NameReach = 6;

    /// <summary>How many tokens of headlines may stand between the run-together word and "MORE".</summary>
    private const int HeadlineReach = 80;

    /// <summary>The legal names of the cards of one block as token spans [First, End): from after the surname to the run-together word.</summary>
    public static List<(int First, int End)> Find(Document doc, Block block)
    {
        var cards = new List<(int First, int End)>();
        var tokens = doc.Tokens;
        for (var k = block.FirstToken + 1; k < block.EndToken; k++)
        {
            if (!NameShape.IsRunTogether(tokens[k]) || !tokens[k].IsCapitalized)
            {
                continue;
            }
            var surname = doc.Text.AsSpan(tokens[k].Start, tokens[k].InnerCapitalAt);
            var name = -1;
            for (var p = k - 1; p >= Math.Max(block.FirstToken, k - NameReach) && name < 0; p--)
            {
                if (tokens[p].IsCapitalized && doc.Text.AsSpan(tokens[p].Start, tokens[p].Length).Equals(surname, StringComparison.OrdinalIgnoreCase))
                {
                    name = p;
                }
            }
            var more = -1;
            for (var m = k + 1; m < Math.Min(block.EndToken, k + HeadlineReach) && name >= 0 && more < 0; m++)
            {
                if (tokens[m].IsAllCaps && tokens[m].Norm == "more")
                {
                    more = m;
                }
            }
            if (more > 0)
            {
                cards.Add((name + 1, k + 1));
            }
        }
        return cards;
    }
}
