using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>An institution the article named earlier, speaking as "the ministry said" or "it said".</summary>
internal sealed class InstitutionSpeakers(ResolvedArticle article, SpeakerLookup speakers)
{
    /// <summary>Nouns that, after "the", stand for an institution the article named: "the ministry said", "the court wrote".</summary>
    private static readonly HashSet<string> InstitutionNouns =
        ["ministry", "department", "agency", "party", "institute", "commission", "committee", "council", "office", "bureau", "administration", "authority",
         "embassy", "foundation", "federation", "association", "union", "league", "alliance", "coalition", "court", "parliament", "assembly", "senate",
         "congress", "cabinet", "university", "company", "corporation", "bank", "army", "navy", "police"];

    private readonly Document doc = article.Document;

    /// <summary>
    /// "it said": the organisation that was the subject of a reporting verb in the sentence before or the one before
    /// that ("The Nordic Institute, a think tank, says ... \"...,\" it wrote.").
    /// </summary>
    public Reference? ItSpeaker(int it)
    {
        var sentence = doc.SentenceOf[it];
        for (var s = sentence - 1; s >= 0 && s >= sentence - 2; s--)
        {
            var previous = doc.Sentences[s];
            for (var v = previous.FirstToken + 1; v < previous.EndToken; v++)
            {
                if (speakers.IsSpeechVerb(v) && speakers.SubjectOf(previous.FirstToken, v) is { Entity.Type: EntityType.Organization } subject)
                {
                    return subject;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "The ministry said", "the foreign ministry said": a definite description ending in an organisation's head noun,
    /// for an institution, right before the verb, names the last organisation mentioned before it whose name has that
    /// noun ("the Foreign Ministry of Nordland").
    /// </summary>
    public Reference? DescribedOrganization(int first, int verb)
    {
        var tokens = doc.Tokens;
        var head = verb - 1;
        if (head <= first || !InstitutionNouns.Contains(tokens[head].Norm) || doc.InQuote(head))
        {
            return null;
        }
        var the = head - 1;
        while (the > first && the >= head - 2 && tokens[the].Kind == TokenKind.Word && !tokens[the].IsCapitalized && tokens[the].Norm != "the")
        {
            the--;
        }
        if (tokens[the].Norm != "the" || article.Within(the, verb).Any())
        {
            return null;
        }
        var noun = tokens[head].Norm;
        return article.Within(0, the).LastOrDefault(r => r.Entity.Type == EntityType.Organization && !doc.InQuote(r.First)
            && Enumerable.Range(r.First, r.End - r.First).Any(t => tokens[t].Norm == noun)) is { } named
            ? named with { First = the, End = verb }
            : null;
    }
}
