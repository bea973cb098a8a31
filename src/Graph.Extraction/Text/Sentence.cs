namespace Graph.Extraction.Text;

/// <summary>A sentence: tokens [FirstToken, EndToken) of one block; a quotation is never cut in two.</summary>
internal sealed record Sentence(int Index, int Block, int FirstToken, int EndToken, int Start, int End);
