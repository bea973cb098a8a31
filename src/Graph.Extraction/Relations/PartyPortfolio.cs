using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// "the party's Treasury spokesman", "Lib Dem Home Office spokesman", "shadow Treasury spokesman": a party's
/// spokesperson for a department speaks on its affairs from outside, so the department is no employer.
/// </summary>
internal sealed class PartyPortfolio(PhraseTable<PartyInfo> parties)
{
    private static readonly HashSet<string> Spokespeople = ["spokesman", "spokeswoman", "spokesperson"];

    /// <summary>"Senate Republican Leader": a capitalised party word inside an institution's title chain.</summary>
    public bool IsPartyWord(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].IsCapitalized && parties.Match(tokens, index, index + 1) is not null;

    /// <summary>True when the organisation at [first, end) is followed by a spokesperson and led by a party word, a possessive or "shadow".</summary>
    public bool Names(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end >= tokens.Count || !Spokespeople.Contains(tokens[end].Norm) || first == 0)
        {
            return false;
        }
        if (tokens[first - 1].IsPossessiveMark || tokens[first - 1].Norm == "shadow")
        {
            return true;
        }
        for (var start = Math.Max(0, first - 3); start < first; start++)
        {
            if (parties.Match(tokens, start, first) is { } party && start + party.Length == first)
            {
                return true;
            }
        }
        return false;
    }
}
