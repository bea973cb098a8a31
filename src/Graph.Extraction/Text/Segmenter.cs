namespace Graph.Extraction.Text;

/// <summary>Cuts an article into paragraphs (lines), quotations and sentences.</summary>
/// <param name="speechVerbs">Reporting verbs: they tell a reporting clause after a quotation ("\"Why?\" Holm asked.") from a new sentence.</param>
internal sealed class Segmenter(Tokenizer tokenizer, IReadOnlySet<string> speechVerbs)
{
    /// <summary>Words that open what a reporting verb reports, making a sentence of its own: "\"Why?\" Holm said the plan ...".</summary>
    private static readonly HashSet<string> ReportedSpeechStarts = ["that", "the", "a", "an", "he", "she", "they", "it", "we", "i", "there", "his", "its", "their", "our", "whether", "if", "how", "why", "what"];

    private const int ClauseReach = 10;

    public Document Segment(string text)
    {
        var tokens = tokenizer.Tokenize(text);
        var blocks = new List<Block>();
        var quotes = new List<QuoteSpan>();
        var sentences = new List<Sentence>();
        var t = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var first = t;
            while (t < tokens.Count && tokens[t].Start < lineEnd)
            {
                t++;
            }
            if (t > first)
            {
                var line = text[lineStart..lineEnd];
                var block = new Block(blocks.Count, lineStart, lineEnd, first, t, BlockClassifier.Classify(line, blocks.Count == 0));
                blocks.Add(block);
                AddQuotes(text, tokens, block, quotes);
                AddSentences(tokens, block, quotes, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return new Document(text, tokens, blocks, sentences, quotes);
    }

    private static void AddQuotes(string text, List<Token> tokens, Block block, List<QuoteSpan> quotes)
    {
        var found = block.Kind == BlockKind.Post ? [PostWords(text, block)] : QuoteFinder.Find(text, block.Start, block.End);
        foreach (var (open, close, start, end, closed) in found)
        {
            var first = block.FirstToken;
            while (first < block.EndToken && tokens[first].Start < start)
            {
                first++;
            }
            var last = first;
            while (last < block.EndToken && tokens[last].End <= end)
            {
                last++;
            }
            if (last > first)
            {
                quotes.Add(new QuoteSpan(quotes.Count, block.Index, open, close, start, end, first, last, closed));
            }
        }
    }

    /// <summary>An embedded post's words stand as one quotation with no marks, ending where its author line begins.</summary>
    private static (int, int, int, int, bool) PostWords(string text, Block block)
    {
        var start = block.Start;
        while (char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var end = block.Start + TweetEmbed.WordsEnd(text[block.Start..block.End]);
        return (start, end, start, end, false);
    }

    private void AddSentences(List<Token> tokens, Block block, List<QuoteSpan> quotes, List<Sentence> sentences)
    {
        var inQuote = new HashSet<int>();
        foreach (var q in quotes.Where(q => q.Block == block.Index))
        {
            for (var i = q.FirstToken; i < q.EndToken; i++)
            {
                inQuote.Add(i);
            }
        }
        // A quotation closing on a full stop ends its sentence when a capitalised word follows: '... battle." Number 10 said';
        // one closing on a question or exclamation mark, unless a reporting clause follows: '"Why?" Holm asked.'
        var quoteEnds = new HashSet<int>();
        foreach (var q in quotes.Where(q => q.Block == block.Index && q.IsClosed && q.EndToken + 1 < block.EndToken))
        {
            var last = tokens[q.EndToken - 1].Norm;
            if (tokens[q.EndToken + 1].IsCapitalized && (last == "." || (last is "?" or "!" && !IsReportingClause(tokens, q.EndToken + 1, block.EndToken))))
            {
                quoteEnds.Add(q.EndToken);
            }
        }
        var start = block.FirstToken;
        for (var i = block.FirstToken; i < block.EndToken; i++)
        {
            var norm = tokens[i].Norm;
            if (quoteEnds.Contains(i) && i + 1 > start)
            {
                sentences.Add(Make(tokens, block, sentences.Count, start, i + 1));
                start = i + 1;
                continue;
            }
            if (norm is not ("." or "!" or "?") || inQuote.Contains(i))
            {
                continue;
            }
            var end = i + 1;
            // Closing marks right after the full stop belong to this sentence.
            while (end < block.EndToken && tokens[end].Norm is "\"" or "\u201d" or "'" or ")")
            {
                end++;
            }
            if (end < block.EndToken && !StartsSentence(tokens[end]))
            {
                continue;
            }
            sentences.Add(Make(tokens, block, sentences.Count, start, end));
            start = end;
            i = end - 1;
        }
        if (start < block.EndToken)
        {
            sentences.Add(Make(tokens, block, sentences.Count, start, block.EndToken));
        }
    }

    /// <summary>
    /// Tokens from <paramref name="first"/> read as a reporting clause: a reporting verb within a few words that reports
    /// nothing after it ("Holm asked.", "Varga asked through an interpreter", "Brel tweeted last month"). "Holm said the
    /// plan ...", "He replied: \"...\"" and "Varga has not responded" are sentences of their own.
    /// </summary>
    private bool IsReportingClause(List<Token> tokens, int first, int end)
    {
        for (var t = first; t < end && t < first + ClauseReach; t++)
        {
            var token = tokens[t];
            if (token.Norm is "." or "?" or "!" or ";" or "not" or "never" || token.Norm.EndsWith("n't", StringComparison.Ordinal))
            {
                return false;
            }
            if (speechVerbs.Contains(token.Norm) && !token.IsCapitalized)
            {
                return t + 1 >= end || !(tokens[t + 1].Norm == ":" || ReportedSpeechStarts.Contains(tokens[t + 1].Norm));
            }
        }
        return false;
    }

    private static bool StartsSentence(Token token) =>
        token.IsCapitalized || token.Kind == TokenKind.Number || token.Norm is "\"" or "\u201c" or "'" or "\u2018" or "(" or "[";

    private static Sentence Make(List<Token> tokens, Block block, int index, int first, int end) =>
        new(index, block.Index, first, end, tokens[first].Start, tokens[end - 1].End);
}
