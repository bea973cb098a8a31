using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>
/// Checks a "he said" speaker. The pronoun resolver takes the nearest person, but a person the sentence itself names
/// ("Mr Brel has \"the drive\", he said") or the quotation speaks of by name ("Tomas has not decided") is spoken
/// about, not speaking: the speaker is then the last other person reported as speaking in the sentences before.
/// </summary>
internal sealed class PronounSpeakers(ResolvedArticle article, SpeakerLookup lookup)
{
    private const int SentencesBack = 4;

    private readonly Document doc = article.Document;

    public Speaker Check(QuoteSpan quote, Speaker speaker, Speaker?[] speakers)
    {
        var pronoun = article.Within(speaker.CueFirst, speaker.CueEnd).FirstOrDefault(r => !r.IsName && r.Entity == speaker.Entity
            && doc.Tokens[r.First].Norm is "he" or "she");
        if (pronoun is null || !SpokenOf(speaker.Entity, pronoun.First, quote))
        {
            return speaker;
        }
        var gender = doc.Tokens[pronoun.First].Norm == "he" ? Gender.Male : Gender.Female;
        var sentence = doc.SentenceOf[pronoun.First];
        for (var s = sentence - 1; s >= 0 && s >= sentence - SentencesBack; s--)
        {
            if (LastSpeaking(s, speaker.Entity, gender, speakers) is { } other)
            {
                return speaker with { Entity = other };
            }
        }
        return speaker;
    }

    /// <summary>
    /// Named by the pronoun's sentence, outside its quotations and not as the subject of a reporting verb ("Varga even
    /// said that he ..." is one speaker), or named inside the quotation.
    /// </summary>
    private bool SpokenOf(EntityDraft person, int pronoun, QuoteSpan quote)
    {
        var sentence = doc.Sentences[doc.SentenceOf[pronoun]];
        return article.Within(sentence.FirstToken, sentence.EndToken).Any(r => r.IsName && r.Entity == person && !doc.InQuote(r.First) && !Speaks(r, sentence.EndToken))
            || article.Within(quote.FirstToken, quote.EndToken).Any(r => r.IsName && r.Entity == person);
    }

    private bool Speaks(Reference name, int end) =>
        Enumerable.Range(name.End, Math.Max(0, Math.Min(end, name.End + 3) - name.End)).Any(lookup.IsSpeechVerb);

    /// <summary>The speaker of the sentence's attributed quotation, else the named person before its first finite reporting verb ("for reporting on" reports no speech).</summary>
    private EntityDraft? LastSpeaking(int s, EntityDraft rejected, Gender gender, Speaker?[] speakers)
    {
        var sentence = doc.Sentences[s];
        if (doc.Blocks[sentence.Block].Kind != BlockKind.Body)
        {
            return null;
        }
        var quoted = doc.Quotes.Where(q => doc.SentenceOf[q.FirstToken] == s && speakers[q.Index] is not null).Select(q => speakers[q.Index]!.Entity).LastOrDefault();
        if (quoted is not null)
        {
            return Fits(quoted, rejected, gender) ? quoted : null;
        }
        for (var v = sentence.FirstToken; v < sentence.EndToken; v++)
        {
            if (lookup.IsSpeechVerb(v) && !doc.Tokens[v].Norm.EndsWith("ing", StringComparison.Ordinal))
            {
                return article.Within(sentence.FirstToken, v).LastOrDefault(r => r.IsName && !doc.InQuote(r.First) && Fits(r.Entity, rejected, gender))?.Entity;
            }
        }
        return null;
    }

    private static bool Fits(EntityDraft person, EntityDraft rejected, Gender gender) =>
        person != rejected && person.Type == EntityType.Person && (person.Gender == Gender.Unknown || person.Gender == gender);
}
