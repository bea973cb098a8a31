using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>One quoted by the clause's subject speaks the quotation: "quoted Park as saying", "he quoted Ana Varga:".</summary>
internal sealed class QuotedSpeakers(ResolvedArticle article, SpeakerLookup speakers)
{
    private readonly Document doc = article.Document;

    /// <summary>"The agency quoted Park as saying \"...\"": the first "quoted" in [first, open) with "saying" right after the one quoted.</summary>
    public Speaker? AsSaying(int first, int open)
    {
        for (var v = first; v + 3 < open; v++)
        {
            if (doc.Tokens[v].Norm == "quoted" && speakers.IsSpeechVerb(v) && speakers.FirstSpeaker(v + 1, Math.Min(open, v + 7)) is { } quoted
                && Enumerable.Range(quoted.End, Math.Min(3, open - quoted.End)).Any(k => doc.Tokens[k].Norm == "saying"))
            {
                return new Speaker(quoted.Entity, v, quoted.End);
            }
        }
        return null;
    }

    /// <summary>"..., when he quoted his colleague, Senator Ana Varga: \"...\"": the one quoted speaks.</summary>
    public Speaker? BeforeColon(int first, int open)
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

    /// <summary>
    /// At the reporting verb <paramref name="verb"/> of the clause [first, open): "quoted Park" names the one quoted, and
    /// "Park as saying" the one before "as".
    /// </summary>
    public Speaker? AtVerb(int verb, int first, int open)
    {
        if (doc.Tokens[verb].Norm == "quoted" && speakers.FirstSpeaker(verb + 1, Math.Min(open, verb + 7)) is { } quoted)
        {
            return new Speaker(quoted.Entity, verb, quoted.End);
        }
        if (doc.Tokens[verb].Norm == "saying" && verb > first && doc.Tokens[verb - 1].Norm == "as" && speakers.RefEndingAt(verb - 1) is { } cited && cited.Entity.Type == EntityType.Person)
        {
            return new Speaker(cited.Entity, cited.First, verb + 1);
        }
        return null;
    }
}
