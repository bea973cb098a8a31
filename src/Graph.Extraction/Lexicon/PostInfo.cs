namespace Graph.Extraction.Lexicon;

/// <summary>A government post, the institutions it belongs to (first named wins) and the country where it means them.</summary>
internal sealed record PostInfo(string Title, IReadOnlyList<string> Institutions, string? Country);
