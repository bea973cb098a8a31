namespace Graph.Extraction.Lexicon;

/// <summary>A political party: its full name, the letter of "(R-Texas)" style tags and its country, if known.</summary>
internal sealed record PartyInfo(string Name, string? Letter, string? Country = null);
