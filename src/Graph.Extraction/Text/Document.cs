namespace Graph.Extraction.Text;

/// <summary>The segmented article: tokens, paragraphs, sentences and quotations, with lookups between them.</summary>
internal sealed class Document
{
    public Document(string text, List<Token> tokens, List<Block> blocks, List<Sentence> sentences, List<QuoteSpan> quotes)
    {
        Text = text;
        Tokens = tokens;
        Blocks = blocks;
        Sentences = sentences;
        Quotes = quotes;
        SentenceOf = new int[tokens.Count];
        QuoteOf = new int[tokens.Count];
        Array.Fill(QuoteOf, -1);
        foreach (var s in sentences)
        {
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                SentenceOf[t] = s.Index;
            }
        }
        foreach (var q in quotes)
        {
            for (var t = q.FirstToken; t < q.EndToken; t++)
            {
                QuoteOf[t] = q.Index;
            }
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<Block> Blocks { get; }

    public List<Sentence> Sentences { get; }

    public List<QuoteSpan> Quotes { get; }

    /// <summary>For each token, the index of its sentence.</summary>
    public int[] SentenceOf { get; }

    /// <summary>For each token, the index of the quotation it stands in, or -1.</summary>
    public int[] QuoteOf { get; }

    public bool InQuote(int token) => QuoteOf[token] >= 0;

    public Block BlockOfSentence(int sentence) => Blocks[Sentences[sentence].Block];

    public string TextOf(int firstToken, int endToken) =>
        Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];
}
