using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>
/// Gives each quotation its speaker: the reporting clause right after it ("," he said), else the one before it in the
/// same sentence (X said that "..."), else the speaker of the quotation it continues (the next part of a split
/// quote, or a whole quoted paragraph after an attributed one); a quotation left open at its paragraph's end takes the
/// speaker of the one it runs on into. Quotations nobody is named for are left out.
/// </summary>
internal sealed class QuoteAttributor(WordLists words)
{
    public List<AttributedQuote> Attribute(ResolvedArticle article)
    {
        var doc = article.Document;
        var result = new List<AttributedQuote>();
        var speakers = new Speaker?[doc.Quotes.Count];
        var lookup = new SpeakerLookup(words, article);
        var before = new ClauseBeforeQuote(words, article, lookup);
        var after = new ClauseAfterQuote(words, article, lookup, before);
        var sentenceClauses = new SentenceClauses(article, lookup);
        var afters = new Speaker?[doc.Quotes.Count];
        var unnamed = new bool[doc.Quotes.Count];
        foreach (var quote in doc.Quotes.Where(q => doc.Blocks[q.Block].Kind == BlockKind.Body))
        {
            afters[quote.Index] = after.Find(quote, out unnamed[quote.Index]);
        }
        var pronouns = new PronounSpeakers(article, lookup);
        var topics = new QuoteTopics(article);
        foreach (var quote in doc.Quotes)
        {
            var kind = doc.Blocks[quote.Block].Kind;
            if (kind is not (BlockKind.Body or BlockKind.Post))
            {
                continue;
            }
            var speaker = kind == BlockKind.Post ? PostAuthor(doc, quote, lookup)
                : unnamed[quote.Index] ? null
                : afters[quote.Index] ?? LaterInSentence(doc, quote, afters, unnamed) ?? sentenceClauses.SentenceEnd(quote) ?? before.Find(quote) ?? sentenceClauses.MainClause(quote)
                  ?? Introduced(doc, quote, lookup) ?? Continued(doc, quote, speakers) ?? sentenceClauses.LeadIn(quote);
            speakers[quote.Index] = speaker is null ? null : pronouns.Check(quote, speaker, speakers);
        }
        RunOn(doc, speakers, unnamed);
        foreach (var quote in doc.Quotes)
        {
            if (speakers[quote.Index] is not { } speaker || WordCount(doc, quote) < 2)
            {
                continue;
            }
            var cueStart = doc.Tokens[speaker.CueFirst].Start;
            var cueEnd = doc.Tokens[speaker.CueEnd - 1].End;
            result.Add(new AttributedQuote(quote, speaker.Entity, cueStart, cueEnd, topics.About(quote, speaker.Entity, cueEnd)));
        }
        return result;
    }

    /// <summary>An embedded post's author: the person (else organisation) named in the line after its words.</summary>
    private static Speaker? PostAuthor(Document doc, QuoteSpan quote, SpeakerLookup lookup)
    {
        var end = doc.Blocks[quote.Block].EndToken;
        return lookup.FirstSpeaker(quote.EndToken, end) is { } author ? new Speaker(author.Entity, author.First, author.End) : null;
    }

    /// <summary>
    /// "Mr Florin said the challenge was to keep people playing. \"There's an indication ...\"": a quotation opening a
    /// sentence right after reported speech with no quotation of its own belongs to that speech's subject.
    /// </summary>
    private static Speaker? Introduced(Document doc, QuoteSpan quote, SpeakerLookup lookup)
    {
        var sentence = doc.SentenceOf[quote.FirstToken];
        if (sentence == 0 || doc.Sentences[sentence].FirstToken < quote.FirstToken - 1)
        {
            return null;
        }
        var previous = doc.Sentences[sentence - 1];
        if (previous.Block != doc.Sentences[sentence].Block || Enumerable.Range(previous.FirstToken, previous.EndToken - previous.FirstToken).Any(doc.InQuote))
        {
            return null;
        }
        foreach (var verb in VerbPlaces(previous))
        {
            if (lookup.IsSpeechVerb(verb) && lookup.SubjectOf(previous.FirstToken, verb) is { Entity.Type: EntityType.Person } subject)
            {
                return new Speaker(subject.Entity, subject.First, verb + 1);
            }
        }
        return null;
    }

    /// <summary>Where a sentence's reporting verb stands: near its start, or closing it ("The plan failed, he argued.").</summary>
    private static IEnumerable<int> VerbPlaces(Sentence sentence)
    {
        var early = Math.Min(sentence.EndToken, sentence.FirstToken + 12);
        for (var t = sentence.FirstToken + 1; t < early; t++)
        {
            yield return t;
        }
        for (var t = Math.Max(early, sentence.EndToken - 3); t < sentence.EndToken; t++)
        {
            yield return t;
        }
    }

    /// <summary>The speaker of the quotation this one goes on from: earlier in its sentence, or just before it.</summary>
    private static Speaker? Continued(Document doc, QuoteSpan quote, Speaker?[] speakers)
    {
        if (quote.Index == 0 || speakers[quote.Index - 1] is not { } previous)
        {
            return null;
        }
        var earlier = doc.Quotes[quote.Index - 1];
        var sentence = doc.SentenceOf[quote.FirstToken];
        var startsSentence = doc.Sentences[sentence].FirstToken >= quote.FirstToken - 1;
        var sameSentence = doc.SentenceOf[earlier.FirstToken] == sentence;
        var sameBlock = earlier.Block == quote.Block;
        var blockStart = doc.Blocks[quote.Block].FirstToken >= quote.FirstToken - 1;
        var nextBlock = earlier.Block == PreviousBodyBlock(doc, quote.Block) && blockStart;
        return sameSentence || (startsSentence && (sameBlock || nextBlock)) ? previous : null;
    }

    /// <summary>
    /// "\"The plan has failed the young.¶\"We will change that,\" Holm said.": a quotation left open where its
    /// paragraph ends runs on into the quotation opening the next one, and shares its speaker.
    /// </summary>
    private static void RunOn(Document doc, Speaker?[] speakers, bool[] unnamed)
    {
        for (var i = doc.Quotes.Count - 2; i >= 0; i--)
        {
            var quote = doc.Quotes[i];
            var next = doc.Quotes[i + 1];
            var runsInto = next.Block == quote.Block ? next.Open == quote.Close
                : next.Block > quote.Block && PreviousBodyBlock(doc, next.Block) == quote.Block && doc.Blocks[next.Block].FirstToken >= next.FirstToken - 1;
            if (speakers[i] is null && !unnamed[i] && !quote.IsClosed && runsInto && doc.Blocks[quote.Block].Kind == BlockKind.Body && doc.Blocks[next.Block].Kind == BlockKind.Body)
            {
                speakers[i] = speakers[i + 1];
            }
        }
    }

    /// <summary>"... told them \"A\" and pledged \"B,\" Okafor said": a clause closing the sentence covers its earlier quotations.</summary>
    private static Speaker? LaterInSentence(Document doc, QuoteSpan quote, Speaker?[] afters, bool[] unnamed)
    {
        var sentence = doc.SentenceOf[quote.FirstToken];
        for (var i = quote.Index + 1; i < doc.Quotes.Count && doc.SentenceOf[doc.Quotes[i].FirstToken] == sentence; i++)
        {
            if (afters[i] is not null || unnamed[i])
            {
                return afters[i];
            }
        }
        return null;
    }

    private static int PreviousBodyBlock(Document doc, int block)
    {
        for (var b = block - 1; b >= 0; b--)
        {
            if (doc.Blocks[b].Kind == BlockKind.Body)
            {
                return b;
            }
        }
        return -1;
    }

    private static int WordCount(Document doc, QuoteSpan quote)
    {
        var count = 0;
        for (var t = quote.FirstToken; t < quote.EndToken; t++)
        {
            if (doc.Tokens[t].Kind != TokenKind.Punctuation)
            {
                count++;
            }
        }
        return count;
    }
}
