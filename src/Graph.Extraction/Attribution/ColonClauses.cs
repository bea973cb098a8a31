using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>A clause ending in a colon before a quotation: "Brandt shot back:", "he quoted Ana Varga:", "Brel was asked:".</summary>
internal sealed class ColonClauses(ResolvedArticle article, SpeakerLookup speakers)
{
    private readonly Document doc = article.Document;

    /// <summary>"..., when he quoted his colleague, Senator Ana Varga: \"...\"": the one quoted speaks.</summary>
    public Speaker? Quoted(int first, int open)
    {
        for (var v = Math.Max(first, open - ClauseLength.Reach / 2); v < open - 2; v++)
        {
            if (doc.Tokens[v].Norm == "quoted" && speakers.IsSpeechVerb(v) && speakers.FirstSpeaker(v + 1, open - 1) is { Entity.Type: EntityType.Person } quoted)
            {
                return new Speaker(quoted.Entity, v, quoted.End);
            }
        }
        return null;
    }

    /// <summary>"Mr Brel was asked: \"...\"": the words after a passive "asked" are the question, not the subject's.</summary>
    public bool IsAskedOf(int first, int open)
    {
        for (var t = Math.Max(first + 1, open - ClauseLength.Short); t < open; t++)
        {
            if (doc.Tokens[t].Norm == "asked" && doc.Tokens[t - 1].Norm is "was" or "were" or "been" or "being" or "is" or "are" or "be")
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
