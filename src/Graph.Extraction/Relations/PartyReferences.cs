using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>A party a politician is tied to by reference rather than beside the name: "her Liberal Democrats", "the party's".</summary>
internal sealed class PartyReferences(WordLists words)
{
    private const int OwnPartyReach = 8;
    private const int PartySentencesBack = 3;
    private const int AppositionWords = 8;
    private const int SpokesmanWords = 4;

    /// <summary>Lower-case words after a party word that make it a modifier, not the subject: "The Tory candidate", "The Labour party".</summary>
    private static readonly HashSet<string> NotVerbs = ["party", "parties", "candidate", "candidates", "government", "leadership", "members", "member", "manifesto", "campaign", "and", "or", "of", "politician", "politicians", "peer", "peers", "backbencher", "backbenchers", "activists", "supporters", "voters", "policy", "policies"];

    /// <summary>Verbs that may follow "his Liberal Democrats": the party acts, so it is the subject's own.</summary>
    private static readonly HashSet<string> PartyVerbs = ["will", "would", "could", "can", "should", "must", "are", "were", "have", "had", "has", "is", "was", "may", "might"];

    /// <summary>
    /// "Ana Varga has told voters her Liberal Democrats will ...": the subject's own party, before any other person,
    /// and followed by its verb ("her Labour rivals" are the other side).
    /// </summary>
    public (int First, int End, PartyInfo Info, bool IsTag)? Own(ResolvedArticle article, int end)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var sentence = doc.Sentences[doc.SentenceOf[end - 1]];
        for (var t = end; t + 1 < sentence.EndToken && t < end + OwnPartyReach; t++)
        {
            if (article.At(t) is { Entity.Type: EntityType.Person } || doc.InQuote(t) || tokens[t].Norm is "\"" or "\u201c" or ";" or ":")
            {
                return null;
            }
            if (tokens[t].Norm is not ("his" or "her") || !tokens[t + 1].IsCapitalized || words.Parties.Match(tokens, t + 1, sentence.EndToken) is not { } party)
            {
                continue;
            }
            var after = t + 1 + party.Length;
            return after < sentence.EndToken && (!tokens[after].IsWord || PartyVerbs.Contains(tokens[after].Norm)) ? (t + 1, after, party.Value, false) : null;
        }
        return null;
    }

    /// <summary>
    /// "X, the party's Treasury spokesman," and "the party's chairman X": the party named last before it, a few
    /// sentences back at most.
    /// </summary>
    public (int First, int End, PartyInfo Info, bool IsTag)? NamedBefore(ResolvedArticle article, int first, int end)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var at = ThePartys(doc, end) is > 0 and var after ? after : ThePartysBeforeName(doc, first);
        if (at == 0)
        {
            return null;
        }
        var named = article.References.LastOrDefault(r => r.End <= end && r.Entity.Type == EntityType.Organization && tokens[r.First].IsCapitalized
            && words.Parties.Match(tokens, r.First, r.End) is { } m && r.First + m.Length == r.End);
        if (named is null || doc.SentenceOf[named.First] < doc.SentenceOf[at] - PartySentencesBack)
        {
            return null;
        }
        return (named.First, named.End, words.Parties.Match(tokens, named.First, named.End)!.Value.Value, false);
    }

    /// <summary>
    /// "The Liberal Democrats say ... . Health spokesman X said": a sentence that opens on a bare spokesman's post and
    /// the name speaks for the party that was the subject of the sentence just before.
    /// </summary>
    public (int First, int End, PartyInfo Info, bool IsTag)? SpokesmanAfter(ResolvedArticle article, int first)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var index = doc.SentenceOf[first];
        var start = doc.Sentences[index].FirstToken;
        if (index == 0 || first == start || first - start > SpokesmanWords || doc.InQuote(first) || tokens[first - 1].Norm is not ("spokesman" or "spokeswoman" or "spokesperson"))
        {
            return null;
        }
        // "Health spokesman", "Home affairs spokesman": plain words of a portfolio, no one else's name ("Scotland Yard spokesman").
        for (var k = start; k < first; k++)
        {
            if (!tokens[k].IsWord || article.At(k) is not null || words.Parties.Match(tokens, k, first) is not null)
            {
                return null;
            }
        }
        return SubjectParty(doc, doc.Sentences[index - 1]);
    }

    /// <summary>"The Lib Dems say", "Labour wants": the party word opens the sentence and a lower-case verb follows it.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? SubjectParty(Document doc, Sentence sentence)
    {
        var tokens = doc.Tokens;
        var t = tokens[sentence.FirstToken].Norm == "the" ? sentence.FirstToken + 1 : sentence.FirstToken;
        if (t >= sentence.EndToken || !tokens[t].IsCapitalized || words.Parties.Match(tokens, t, sentence.EndToken) is not { } party)
        {
            return null;
        }
        var after = t + party.Length;
        var verb = after < sentence.EndToken && tokens[after].IsWord && !tokens[after].IsCapitalized && !words.RoleNouns.Contains(tokens[after].Norm) && !NotVerbs.Contains(tokens[after].Norm);
        return verb ? (t, after, party.Value, false) : null; // "The Conservative candidate said" is a person, not the party
    }

    /// <summary>
    /// The index of "party" in "the party's election chief X" (lower-case words between, a post next to the name),
    /// or 0: "his party's calls for X" and "the party's Leeds candidate X" are no such tie.
    /// </summary>
    private int ThePartysBeforeName(Document doc, int first)
    {
        var tokens = doc.Tokens;
        if (first == 0 || !words.RoleNouns.Contains(tokens[first - 1].Norm))
        {
            return 0;
        }
        for (var s = first - 1; s >= Math.Max(3, first - 3); s--)
        {
            if (tokens[s].Norm == "'s" && tokens[s - 1].Norm == "party" && tokens[s - 2].Norm is "the" or "his" or "her")
            {
                return s - 1;
            }
            if (!tokens[s].IsWord || tokens[s].IsCapitalized)
            {
                return 0;
            }
        }
        return 0;
    }

    /// <summary>
    /// The index of "party" in ", the party's" (or "his party's") right after a name, or in an apposition's post
    /// "of the party's" (", vice director of the party's Central Committee,"), or 0.
    /// </summary>
    private static int ThePartys(Document doc, int end)
    {
        var tokens = doc.Tokens;
        var t = PostNominals.After(tokens, end);
        if (t + 3 >= tokens.Count || tokens[t].Norm != ",")
        {
            return 0;
        }
        for (var k = t + 1; k + 2 < tokens.Count && k <= t + AppositionWords && tokens[k].IsWord; k++)
        {
            if (tokens[k].Norm is "the" or "his" or "her" && tokens[k + 1].Norm == "party" && tokens[k + 2].Norm == "'s" && (k == t + 1 || tokens[k - 1].Norm is "of" or "at" or "in"))
            {
                return k + 1;
            }
        }
        return 0;
    }
}
