namespace Graph.Extraction.Text;

/// <summary>
/// Words inside quotation marks: content [ContentStart, ContentEnd) without the marks or edge spaces,
/// tokens [FirstToken, EndToken). A quotation left open at the end of its paragraph (a multi-paragraph quote) ends there.
/// </summary>
internal sealed record QuoteSpan(int Index, int Block, int Open, int Close, int ContentStart, int ContentEnd, int FirstToken, int EndToken, bool IsClosed)
{
    /// <summary>The character just after the closing mark (the paragraph end when unclosed).</summary>
    public int After => IsClosed ? Close + 1 : Close;
}
