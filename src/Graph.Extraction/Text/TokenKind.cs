namespace Graph.Extraction.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}
