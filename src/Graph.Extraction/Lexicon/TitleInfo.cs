namespace Graph.Extraction.Lexicon;

/// <summary>A title written before a name. Leader titles make a head of state or government.</summary>
internal sealed record TitleInfo(string Text, bool IsLeader, bool IsHonorific, Gender Gender);
