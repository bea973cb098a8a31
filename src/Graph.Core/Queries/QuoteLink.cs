namespace Graph.Core.Queries;

/// <summary>One quote's speaker and one of its subjects (none when it is about no one), as ids: what graph tallies need.</summary>
public sealed record QuoteLink(string QuoteId, string SpeakerId, string? AboutId);
