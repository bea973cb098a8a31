using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>
/// Reporting clauses away from the quotation's marks: the sentence's main clause after an opening clause, the clause
/// closing the sentence, and the paragraph leading in to a quoted one.
/// </summary>
internal sealed class SentenceClauses(ResolvedArticle article, SpeakerLookup speakers)
{
    /// <summary>Words that open a clause standing before the sentence's main clause.</summary>
    private static readonly HashSet<string> OpeningClauseWords = ["while", "although", "though", "after", "before", "despite", "when", "as", "since", "because", "if"];

    private readonly Document doc = article.Document;

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
        for (var v = comma + 2; v < sentence.EndToken && v <= comma + ClauseLength.Short; v++)
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
            while (comma > quote.EndToken && v - comma <= ClauseLength.Short && tokens[comma].Norm != ",")
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
}
