namespace Graph.Extraction.Text;

/// <summary>One non-empty line (paragraph) of the article: characters [Start, End), tokens [FirstToken, EndToken).</summary>
internal sealed record Block(int Index, int Start, int End, int FirstToken, int EndToken, BlockKind Kind)
{
    public bool IsProse => Kind == BlockKind.Body;
}
