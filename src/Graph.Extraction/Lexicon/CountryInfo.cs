namespace Graph.Extraction.Lexicon;

/// <summary>A sovereign state: its usual English name, what it is also called, its people and its capital.</summary>
internal sealed record CountryInfo(string Name, IReadOnlyList<string> OtherNames, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals);
