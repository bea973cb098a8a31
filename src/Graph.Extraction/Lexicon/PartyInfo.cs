namespace Graph.Extraction.Lexicon;

/// <summary>A political party: its full name and the letter of "(R-Texas)" style tags, if it has one.</summary>
internal sealed record PartyInfo(string Name, string? Letter);
