using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// A politician addressing the party's own gathering: "Ana Varga delivered a speech to Labour's spring conference",
/// "Speaking to the county Republican organization, Varga warned". Only the one person the sentence names.
/// </summary>
internal sealed class PartyGatherings(WordLists words)
{
    private const int QualifierWords = 2;
    private const int AddressReach = 3;

    private static readonly HashSet<string> GatheringNouns = ["conference", "convention", "caucus", "organization", "organisation"];

    private static readonly HashSet<string> AddressWords = ["to", "addressed", "addressing", "addresses", "told"];

    public (int First, int End, PartyInfo Info, bool IsTag)? Addressed(ResolvedArticle article, Reference person)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var sentence = doc.Sentences[doc.SentenceOf[person.First]];
        if (article.Within(sentence.FirstToken, sentence.EndToken).Any(r => r.IsName && r.Entity.Type == EntityType.Person && r.Entity != person.Entity))
        {
            return null;
        }
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!tokens[t].IsCapitalized || doc.InQuote(t) || words.Parties.Match(tokens, t, sentence.EndToken) is not { } party)
            {
                continue;
            }
            var end = t + party.Length;
            if (Gathering(tokens, end, sentence.EndToken) && AddressedBefore(tokens, t, sentence.FirstToken))
            {
                return (t, end, party.Value, false);
            }
        }
        return null;
    }

    /// <summary>"Labour's spring conference", "Republican organization": the party, a possessive, a few lower-case words, the gathering.</summary>
    private static bool Gathering(IReadOnlyList<Token> tokens, int end, int limit)
    {
        var t = end < limit && tokens[end].Norm is "'s" or "\u2019s" ? end + 1 : end;
        for (var k = t; k < limit && k <= t + QualifierWords; k++)
        {
            if (GatheringNouns.Contains(tokens[k].Norm))
            {
                return true;
            }
            if (!tokens[k].IsWord || tokens[k].IsCapitalized)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"a speech to", "addressed the", "Speaking to the county": the address word a few words before the party.</summary>
    private static bool AddressedBefore(IReadOnlyList<Token> tokens, int party, int sentenceStart)
    {
        for (var k = party - 1; k >= sentenceStart && k >= party - AddressReach; k--)
        {
            if (AddressWords.Contains(tokens[k].Norm))
            {
                return true;
            }
            if (!tokens[k].IsWord || (tokens[k].IsCapitalized && k != sentenceStart))
            {
                return false;
            }
        }
        return false;
    }
}
