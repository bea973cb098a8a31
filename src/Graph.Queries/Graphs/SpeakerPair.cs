namespace Graph.Queries.Graphs;

/// <summary>A speaker and an entity they were quoted about, with the number of such quotes.</summary>
public sealed record SpeakerPair(string Speaker, string About, int Quotes);
