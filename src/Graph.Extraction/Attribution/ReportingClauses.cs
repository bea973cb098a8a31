using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>Reads the reporting clause around a quotation ("Brandt wrote", "said Lu Hongbo", "Okafor said Park ...").</summary>
internal sealed class ReportingClauses(WordLists words, ResolvedArticle article)
{
    private const int Reach = 30;
    private const int ShortClause = 9;


    /// <summary>Reporting verbs that may come before their subject: "said Okafor", "wrote Dahl", "added the minister".</summary>
    private static readonly HashSet<string> SpeakerFollows = ["said", "says", "wrote", "writes", "added", "adds", "tweeted", "asked", "asks", "continued", "explained", "noted", "recalled", "replied", "responded", "warned", "argued", "insisted", "declared"];

    /// <summary>Words that open a clause standing before the sentence's main clause.</summary>
    private static readonly HashSet<string> OpeningClauseWords = ["while", "although", "though", "after", "before", "despite", "when", "as", "since", "because", "if"];

    private static readonly HashSet<string> SpeechNouns = ["question", "words", "statement", "remarks", "comment", "comments", "message", "tweet", "response", "reply", "answer", "note", "post"];

    private readonly Document doc = article.Document;
    private readonly SpeakerLookup speakers = new(words, article);

    /// <summary>
    /// The clause right after the closing mark. Unnamed is true when the clause names nobody the article knows
    /// ("the official said"), so no other clause may claim the quotation.
    /// </summary>
    public Speaker? After(QuoteSpan quote, out bool unnamed)
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
            var speaker = Before(quote) ?? (source is null ? null : new Speaker(source.Entity, a, source.End));
            unnamed = speaker is null;
            return speaker;
        }
        if (NamedBeforeAccordingTo(a, limit) is { } cited)
        {
            return cited; // "\"...,\" spokesman Tomas Brel, according to the state agency."
        }
        var verb = -1;
        for (var t = a; t < limit && t < a + Reach; t++)
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
            return ClosingPastVerb(a, limit);
        }
        if (verb == a + 1 && tokens[a].Norm == "it" && speakers.ItSpeaker(a) is { } it)
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
            if (named is not null && named.First == a + 1 && speakers.IsObject(named))
            {
                return null; // "\"...,\" by Brel, adding ...": the one named after a preposition is not the subject
            }
            if (verb - a > ShortClause)
            {
                // A long clause must open with the speaker, then an apposition: "Maria T. Okafor, a ... fellow at ..., said".
                var apposition = named is not null && speakers.OnlyTitlesBetween(a, named.First) && named.End < verb && tokens[named.End].Norm is "," or "(" or "-" or "\u2013" or "\u2014";
                return apposition ? new Speaker(named!.Entity, named.First, verb + 1) : null;
            }
            // "\"...,\" Varga spokesman Tomas Brel said": the one at the verb speaks, not the one describing him.
            named = speakers.SubjectOf(a, verb) ?? speakers.FirstSubject(a, verb) ?? speakers.DescribedOrganization(a, verb);
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

    /// <summary>
    /// The clause before the opening mark in the same sentence: its last reporting verb and that verb's subject. After
    /// an earlier quotation of the sentence only a subject right at the verb counts ("and Varga said he ..."); with
    /// none, the quotation goes on with the earlier one's speaker.
    /// </summary>
    public Speaker? Before(QuoteSpan quote)
    {
        var sentence = doc.Sentences[doc.SentenceOf[quote.FirstToken]];
        var open = quote.FirstToken - 1;
        var b = sentence.FirstToken;
        var follows = false;
        if (quote.Index > 0 && doc.Quotes[quote.Index - 1] is { } prior && doc.SentenceOf[prior.FirstToken] == sentence.Index)
        {
            b = Math.Max(b, prior.EndToken + 1);
            follows = true;
        }
        // The first reporting verb with its subject right at it governs ("Brandt said that Chen reported that ...");
        // else the last verb, whose subject is the first person of the clause.
        for (var v = b; v + 3 < open; v++)
        {
            if (doc.Tokens[v].Norm == "quoted" && speakers.IsSpeechVerb(v) && speakers.FirstSpeaker(v + 1, Math.Min(open, v + 7)) is { } quoted
                && Enumerable.Range(quoted.End, Math.Min(3, open - quoted.End)).Any(k => doc.Tokens[k].Norm == "saying"))
            {
                return new Speaker(quoted.Entity, v, quoted.End); // "quoted Park as saying"
            }
        }
        if (!follows && open > b && ((doc.Tokens[open - 1].Norm == ":" ? QuotedBeforeColon(b, open) : null) ?? OwnedWords(b, open)) is { } owned)
        {
            return owned;
        }
        if (!follows)
        {
            for (var v = b; v < open; v++)
            {
                if (speakers.IsSpeechVerb(v) && speakers.SubjectOf(b, v) is { } governing)
                {
                    return new Speaker(governing.Entity, governing.First, v + 1);
                }
            }
        }
        for (var v = open - 1; v >= b; v--)
        {
            if (!speakers.IsSpeechVerb(v))
            {
                if (SpeechNouns.Contains(doc.Tokens[v].Norm) && v > b && doc.Tokens[v - 1].Norm == "'s" && speakers.RefEndingAt(v - 1) is { } owner)
                {
                    return new Speaker(owner.Entity, owner.First, v + 1);
                }
                continue;
            }
            if (doc.Tokens[v].Norm == "quoted" && speakers.FirstSpeaker(v + 1, Math.Min(open, v + 7)) is { } quoted)
            {
                return new Speaker(quoted.Entity, v, quoted.End);
            }
            if (doc.Tokens[v].Norm == "saying" && v > b && doc.Tokens[v - 1].Norm == "as" && speakers.RefEndingAt(v - 1) is { } cited && cited.Entity.Type == EntityType.Person)
            {
                return new Speaker(cited.Entity, cited.First, v + 1); // "quoted Park as saying"
            }
            if (speakers.RelativeClauseSubject(b, v) is { } relative)
            {
                return relative.Entity is null ? null : new Speaker(relative.Entity, relative.First, v + 1);
            }
            var participle = v > b && doc.Tokens[v - 1].Norm == "," && doc.Tokens[v].Norm.EndsWith("ing", StringComparison.Ordinal);
            var subject = follows ? speakers.SubjectOf(b, v) : (participle ? speakers.NearestClauseSubject(b, v - 1) ?? speakers.OpeningSubject(b, v) : null) ?? speakers.FirstSubject(b, v)
                ?? speakers.DescribedOrganization(b, v);
            if (subject is not null)
            {
                return new Speaker(subject.Entity, subject.First, v + 1);
            }
            // "said Brandt: ..." names the speaker after the verb; "called Brandt ...", "told Brandt" name the one spoken of or to.
            return follows || !SpeakerFollows.Contains(doc.Tokens[v].Norm) ? null
                : speakers.FirstSpeaker(v + 1, open) is { } late && EndsInversion(late, open, b, v) ? new Speaker(late.Entity, v, late.End) : null;
        }
        if (follows || open - 1 <= b || IsAskedOf(b, open))
        {
            return null;
        }
        // "Brandt shot back: \"...\"": a clause ending in a colon introduces its subject's words.
        if (doc.Tokens[open - 1].Norm == ":" && speakers.FirstSubject(b, open - 1) is { } introducer)
        {
            return new Speaker(introducer.Entity, introducer.First, open - 1);
        }
        // "The Daily Ledger gushed, \"...\"": a short clause of a speaker and a verb in the past, ending in a comma.
        if (doc.Tokens[open - 1].Norm == "," && speakers.FirstSpeaker(b, open - 1) is { } writer
            && writer.First <= b + 1 && IsPastVerbPhrase(writer.End, open - 1))
        {
            return new Speaker(writer.Entity, writer.First, open - 1);
        }
        return null;
    }

    /// <summary>
    /// "said Ana Varga: \"...\"", "said the minister, Ana Varga, \"...\"": a speaker after the verb stands right before the
    /// quotation or a mark; "the leader said Labour and the Tories were \"...\"" names whom the speech is about. In "The
    /// Texas senator said he was \"...\"" the pronoun stands for the sentence's described subject.
    /// </summary>
    private bool EndsInversion(Reference late, int open, int clause, int verb) =>
        late.End == open || doc.Tokens[late.End].Kind == TokenKind.Punctuation
        || (late.First == verb + 1 && late.End == late.First + 1 && doc.Tokens[late.First].Norm is "he" or "she" && doc.Tokens[clause].Norm == "the" && verb - clause <= 4);

    /// <summary>"..., when he quoted his colleague, Senator Ana Varga: \"...\"": the one quoted speaks.</summary>
    private Speaker? QuotedBeforeColon(int first, int open)
    {
        for (var v = Math.Max(first, open - Reach / 2); v < open - 2; v++)
        {
            if (doc.Tokens[v].Norm == "quoted" && speakers.IsSpeechVerb(v) && speakers.FirstSpeaker(v + 1, open - 1) is { Entity.Type: EntityType.Person } quoted)
            {
                return new Speaker(quoted.Entity, v, quoted.End);
            }
        }
        return null;
    }

    /// <summary>
    /// "Brel cited the Nordic Institute's comment that the deal was a \"...\"": words the clause gives to an owner
    /// ("X's comment that", "X's statement:") after its last reporting verb are the owner's.
    /// </summary>
    private Speaker? OwnedWords(int first, int open)
    {
        for (var v = open - 2; v > first + 1; v--)
        {
            if (speakers.IsSpeechVerb(v))
            {
                return null;
            }
            if (SpeechNouns.Contains(doc.Tokens[v].Norm) && doc.Tokens[v - 1].Norm == "'s" && doc.Tokens[v + 1].Norm is "that" or ":" or ","
                && speakers.RefEndingAt(v - 1) is { } owner)
            {
                return new Speaker(owner.Entity, owner.First, v + 1);
            }
        }
        return null;
    }

    /// <summary>"Mr Brel was asked: \"...\"": the words after a passive "asked" are the question, not the subject's.</summary>
    private bool IsAskedOf(int first, int open)
    {
        for (var t = Math.Max(first + 1, open - ShortClause); t < open; t++)
        {
            if (doc.Tokens[t].Norm == "asked" && doc.Tokens[t - 1].Norm is "was" or "were" or "been" or "being" or "is" or "are" or "be")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "While accepting that people \"must be ready\", Ms Varga said ...": a quotation in a sentence's opening clause
    /// belongs to the subject of the main clause after it, when that clause reports speech.
    /// </summary>
    public Speaker? MainClause(QuoteSpan quote)
    {
        var tokens = doc.Tokens;
        var sentence = doc.Sentences[doc.SentenceOf[quote.FirstToken]];
        var opener = tokens[sentence.FirstToken].Norm;
        if (!(OpeningClauseWords.Contains(opener) || opener.EndsWith("ing", StringComparison.Ordinal)) || doc.InQuote(sentence.FirstToken))
        {
            return null;
        }
        var comma = quote.EndToken;
        while (comma < sentence.EndToken && (tokens[comma].Norm != "," || doc.InQuote(comma)))
        {
            comma++;
        }
        for (var v = comma + 2; v < sentence.EndToken && v <= comma + ShortClause; v++)
        {
            if (speakers.IsSpeechVerb(v))
            {
                return speakers.SubjectOf(comma + 1, v) is { } subject ? new Speaker(subject.Entity, subject.First, v + 1) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// A sentence that closes with its reporting clause (", Press Secretary Haas said.", ", he said.") gives that
    /// speaker to every quotation in it.
    /// </summary>
    public Speaker? SentenceEnd(QuoteSpan quote)
    {
        var tokens = doc.Tokens;
        var sentence = doc.Sentences[doc.SentenceOf[quote.FirstToken]];
        var end = sentence.EndToken;
        while (end > sentence.FirstToken && tokens[end - 1].Kind == TokenKind.Punctuation && tokens[end - 1].Norm is "." or "!" or "?")
        {
            end--;
        }
        for (var v = end - 1; v > quote.EndToken && end - v <= 4; v--)
        {
            if (!speakers.IsSpeechVerb(v))
            {
                continue;
            }
            // ", he said." / ", said Okafor." / ", Sam Haas, U.S. ambassador at large, said on Tuesday."
            if (v - 1 > quote.EndToken && tokens[v - 1].Norm == "," && speakers.AppositionSubject(quote.EndToken + 1, v) is { } named)
            {
                return new Speaker(named.Entity, named.First, v + 1);
            }
            var comma = v - 1;
            while (comma > quote.EndToken && v - comma <= ShortClause && tokens[comma].Norm != ",")
            {
                comma--;
            }
            if (tokens[comma].Norm != "," || doc.InQuote(comma))
            {
                return null;
            }
            var speaker = speakers.FirstSpeaker(comma + 1, v) ?? speakers.FirstSpeaker(v + 1, end);
            return speaker is null ? null : new Speaker(speaker.Entity, Math.Min(speaker.First, v), Math.Max(speaker.End, v + 1));
        }
        return null;
    }

    /// <summary>A quoted paragraph introduced by the paragraph before it ("The newspaper said the pledges ...").</summary>
    public Speaker? LeadIn(QuoteSpan quote)
    {
        var block = doc.Blocks[quote.Block];
        if (quote.FirstToken - 1 > block.FirstToken || quote.Block == 0)
        {
            return null;
        }
        var previous = doc.Blocks[quote.Block - 1];
        if (previous.Kind != BlockKind.Body)
        {
            return null;
        }
        var last = doc.Sentences[doc.SentenceOf[previous.EndToken - 1]];
        for (var v = last.FirstToken; v < last.EndToken; v++)
        {
            if (speakers.IsSpeechVerb(v))
            {
                return speakers.SubjectOf(last.FirstToken, v) is { } subject ? new Speaker(subject.Entity, subject.First, v + 1) : null;
            }
        }
        return null;
    }

    /// <summary>"\"...,\" the Daily Ledger gushed.": a speaker and a past verb closing the sentence, with no verb of speech.</summary>
    private Speaker? ClosingPastVerb(int a, int limit)
    {
        var end = limit;
        while (end > a && doc.Tokens[end - 1].Norm is "." or "!")
        {
            end--;
        }
        if (end == limit || end - a > 6 || speakers.FirstSpeaker(a, end) is not { } subject || subject.First > a + 1)
        {
            return null;
        }
        var verb = subject.End < end && !doc.Tokens[subject.End].IsCapitalized && doc.Tokens[subject.End].Kind == TokenKind.Word && end - subject.End == 2 ? subject.End + 1 : subject.End;
        return IsPastVerbPhrase(verb, end) ? new Speaker(subject.Entity, subject.First, end) : null;
    }

    /// <summary>Tokens [first, end) are one or two lower-case words, the last a verb in the past ("similarly gushed").</summary>
    private bool IsPastVerbPhrase(int first, int end) =>
        end - first is 1 or 2
        && Enumerable.Range(first, end - first).All(t => doc.Tokens[t].Kind == TokenKind.Word && !doc.Tokens[t].IsCapitalized)
        && doc.Tokens[end - 1].Norm.EndsWith("ed", StringComparison.Ordinal) && doc.Tokens[end - 1].Norm.Length > 4;

    private bool IsAccordingTo(int a, int limit) =>
        a + 2 < limit && doc.Tokens[a].Norm == "according" && doc.Tokens[a + 1].Norm == "to";

    /// <summary>A person named right after the quotation, after a few words of description, with ", according to" after.</summary>
    private Speaker? NamedBeforeAccordingTo(int a, int limit)
    {
        var named = speakers.FirstSpeaker(a, Math.Min(limit, a + ShortClause));
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
