using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>
/// Checks a speaker named by a pronoun or a description ("he said", "the prime minister told"). The resolver takes
/// the nearest fitting person, but a person the quotation speaks of by name ("Tomas has not decided"), or whom the
/// sentence of a "he said" itself names ("Mr Brel has \"the drive\", he said"), is spoken about, not speaking: the
/// speaker is then the last other person reported as speaking in the sentences before. A "He said:" opening the
/// sentence after a quotation goes on with that quotation's speaker when that speaker was the last person named
/// ("..., said Mr Brel. He said: \"...\"").
/// </summary>
internal sealed class PronounSpeakers(ResolvedArticle article, SpeakerLookup lookup)
{
    private const int SentencesBack = 4;

    private readonly Document doc = article.Document;

    public Speaker Check(QuoteSpan quote, Speaker speaker, Speaker?[] speakers)
    {
        var reference = article.Within(speaker.CueFirst, speaker.CueEnd).FirstOrDefault(r => !r.IsName && r.Entity == speaker.Entity);
        if (reference is null || speaker.Entity.Type != EntityType.Person)
        {
            return speaker;
        }
        var gender = doc.Tokens[reference.First].Norm switch
        {
            "he" => Gender.Male,
            "she" => Gender.Female,
            _ => speaker.Entity.Gender,
        };
        var sentence = doc.SentenceOf[reference.First];
        var pronoun = IsPronoun(reference);
        if (pronoun ? !SpokenOf(speaker.Entity, reference.First, quote) : !NamedIn(quote, speaker.Entity))
        {
            return pronoun && OpensSentence(reference) && PreviousQuoteSpeaker(sentence, speakers) is { } previous
                && Fits(previous, speaker.Entity, gender) && LastPersonNamedBefore(reference.First) == previous ? speaker with { Entity = previous } : speaker;
        }
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
            || NamedIn(quote, person);
    }

    private bool NamedIn(QuoteSpan quote, EntityDraft person) => article.Within(quote.FirstToken, quote.EndToken).Any(r => r.IsName && r.Entity == person);

    private bool IsPronoun(Reference reference) => reference.End == reference.First + 1 && doc.Tokens[reference.First].Norm is "he" or "she";

    private bool OpensSentence(Reference reference) => doc.Sentences[doc.SentenceOf[reference.First]].FirstToken == reference.First;

    /// <summary>The speaker of the last attributed quotation of the sentence before, when it is a body sentence of the same or the previous paragraph.</summary>
    private EntityDraft? PreviousQuoteSpeaker(int sentence, Speaker?[] speakers)
    {
        if (sentence == 0 || doc.Blocks[doc.Sentences[sentence - 1].Block].Kind != BlockKind.Body || doc.Sentences[sentence - 1].Block < doc.Sentences[sentence].Block - 1)
        {
            return null;
        }
        return doc.Quotes.Where(q => doc.SentenceOf[q.FirstToken] == sentence - 1 && speakers[q.Index] is not null).Select(q => speakers[q.Index]!.Entity).LastOrDefault();
    }

    private EntityDraft? LastPersonNamedBefore(int token) =>
        article.Within(Math.Max(0, token - 60), token).LastOrDefault(r => r.IsName && r.Entity.Type == EntityType.Person && !doc.InQuote(r.First))?.Entity;

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
