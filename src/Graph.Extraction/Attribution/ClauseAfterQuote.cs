using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>Reads the reporting clause right after a quotation's closing mark: "\"...,\" Brandt wrote", "\"...,\" said Lu Hongbo".</summary>
internal sealed class ClauseAfterQuote(WordLists words, ResolvedArticle article, SpeakerLookup speakers, ClauseBeforeQuote before)
{
    private readonly Document doc = article.Document;
    private readonly NameRoles roles = new(words, article.Document);
    private readonly InstitutionSpeakers institutions = new(article, speakers);
    private readonly PastVerbSpeakers pastVerbs = new(article, speakers);

    /// <summary>
    /// The clause right after the closing mark. Unnamed is true when the clause names nobody the article knows
    /// ("the official said"), so no other clause may claim the quotation.
    /// </summary>
    public Speaker? Find(QuoteSpan quote, out bool unnamed)
    {
        unnamed = false;
        var tokens = doc.Tokens;
        var sentence = doc.Sentences[doc.SentenceOf[quote.FirstToken]];
        var a = quote.EndToken;
        while (a < sentence.EndToken && tokens[a].Start < quote.After)
        {
            a++;
        }
        var limit = Math.Min(sentence.EndToken, NextQuoteStart(quote, sentence));
        var lastAt = quote.ContentEnd - 1;
        while (lastAt > quote.ContentStart && doc.Text[lastAt] is '\u2019' or '\'' or ' ')
        {
            lastAt--; // a nested quotation closing with the outer one: "... ‘What is this body for?’ ”"
        }
        var lastInside = quote.ContentEnd > quote.ContentStart ? doc.Text[lastAt] : ' ';
        var classic = lastInside is ',' or '.' or '!' or '?' or '\u2014' or '-' || (a < limit && tokens[a].Norm is "," or "\u2014" or "\u2013");
        if (!classic)
        {
            return null;
        }
        while (a < limit && tokens[a].Kind == TokenKind.Punctuation && tokens[a].Norm is "," or "\u2014" or "\u2013" or "-" or ")")
        {
            a++;
        }
        if (IsAccordingTo(a, limit))
        {
            // ", according to The New York Times" names the source, unless the sentence already named the speaker:
            // "Ana Varga said the talks were \"over,\" according to the agency".
            var source = speakers.FirstSpeaker(a + 2, Math.Min(limit, a + 8));
            var speaker = before.Find(quote) ?? (source is null ? null : new Speaker(source.Entity, a, source.End));
            unnamed = speaker is null;
            return speaker;
        }
        if (NamedBeforeAccordingTo(a, limit) is { } cited)
        {
            return cited; // "\"...,\" spokesman Tomas Brel, according to the state agency."
        }
        var verb = -1;
        for (var t = a; t < limit && t < a + ClauseLength.Reach; t++)
        {
            if (speakers.IsSpeechVerb(t))
            {
                verb = t;
                break;
            }
            if (tokens[t].Norm is "." or ";" or "?" or "!")
            {
                break;
            }
        }
        if (verb < 0)
        {
            return pastVerbs.Closing(a, limit);
        }
        if (verb == a + 1 && tokens[a].Norm == "it" && institutions.ItSpeaker(a) is { } it)
        {
            return new Speaker(it.Entity, a, verb + 1);
        }
        if (verb == a + 1 && tokens[a].Norm is "but" or "and")
        {
            return null; // "\"...,\" but added that ...": the sentence's subject goes on speaking
        }
        if (verb > a)
        {
            var named = speakers.FirstSpeaker(a, verb);
            if (named is not null && named.First == a + 1 && roles.IsObject(named))
            {
                return null; // "\"...,\" by Brel, adding ...": the one named after a preposition is not the subject
            }
            if (verb - a > ClauseLength.Short)
            {
                // A long clause must open with the speaker, then an apposition: "Maria T. Okafor, a ... fellow at ..., said".
                var apposition = named is not null && OnlyTitlesBetween(a, named.First) && named.End < verb && tokens[named.End].Norm is "," or "(" or "-" or "\u2013" or "\u2014";
                return apposition ? new Speaker(named!.Entity, named.First, verb + 1) : null;
            }
            // "\"...,\" Varga spokesman Tomas Brel said": the one at the verb speaks, not the one describing him.
            named = speakers.SubjectOf(a, verb) ?? speakers.FirstSubject(a, verb) ?? institutions.DescribedOrganization(a, verb);
            unnamed = named is null;
            return named is null ? null : new Speaker(named.Entity, Math.Min(named.First, verb), verb + 1);
        }
        if (tokens[verb].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            return null; // ", adding ...": the same speaker goes on
        }
        var stop = verb + 1;
        while (stop < limit && tokens[stop].Norm is not ("," or "." or ";" or ":"))
        {
            stop++;
        }
        var after = speakers.FirstSpeaker(verb + 1, stop);
        unnamed = after is null && verb + 1 < limit && tokens[verb + 1].Norm is "a" or "an" or "the" or "one" or "another" or "some";
        return after is null ? null : new Speaker(after.Entity, verb, after.End);
    }

    /// <summary>Between the quote and the speaker only titles: "former New Jersey Governor Chris Christie, a ..., told".</summary>
    private bool OnlyTitlesBetween(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var token = doc.Tokens[t];
            if (!(token.IsCapitalized || token.Norm is "the" or "former" or "'s" || words.RoleNouns.Contains(token.Norm) || words.Titles.Match(doc.Tokens, t, to) is not null))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsAccordingTo(int a, int limit) =>
        a + 2 < limit && doc.Tokens[a].Norm == "according" && doc.Tokens[a + 1].Norm == "to";

    /// <summary>A person named right after the quotation, after a few words of description, with ", according to" after.</summary>
    private Speaker? NamedBeforeAccordingTo(int a, int limit)
    {
        var named = speakers.FirstSpeaker(a, Math.Min(limit, a + ClauseLength.Short));
        return named is { Entity.Type: EntityType.Person } && named.First - a <= 4
            && Enumerable.Range(a, named.First - a).All(t => doc.Tokens[t].Kind != TokenKind.Punctuation && !speakers.IsSpeechVerb(t))
            && named.End + 1 < limit && doc.Tokens[named.End].Norm == "," && IsAccordingTo(named.End + 1, limit)
            ? new Speaker(named.Entity, a, named.End) : null;
    }

    private int NextQuoteStart(QuoteSpan quote, Sentence sentence)
    {
        var next = quote.Index + 1 < doc.Quotes.Count ? doc.Quotes[quote.Index + 1] : null;
        return next is not null && doc.SentenceOf[next.FirstToken] == sentence.Index ? next.FirstToken - 1 : sentence.EndToken;
    }
}
