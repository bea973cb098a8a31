using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>
/// A clause with no reporting verb before a quotation: ending in a colon, it gives its subject the words ("Brandt shot
/// back: \"...\""), unless a passive "asked" makes them a question put to that subject ("Mr Brel was asked: \"...\"").
/// </summary>
internal sealed class ColonClauses(ResolvedArticle article, SpeakerLookup speakers)
{
    private readonly Document doc = article.Document;

    /// <summary>"Mr Brel was asked: \"...\"": the words after a passive "asked" are the question, not the subject's.</summary>
    public bool IsAskedOf(int first, int open)
    {
        for (var t = Math.Max(first + 1, open - ClauseLength.Short); t < open; t++)
        {
            if (doc.Tokens[t].Norm == "asked" && speakers.IsPassive(t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Brandt shot back: \"...\"": a clause ending in a colon introduces its subject's words.</summary>
    public Speaker? Introducer(int first, int open) =>
        doc.Tokens[open - 1].Norm == ":" && speakers.FirstSubject(first, open - 1) is { } introducer
            ? new Speaker(introducer.Entity, introducer.First, open - 1)
            : null;
}
