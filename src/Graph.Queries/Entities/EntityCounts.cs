namespace Graph.Queries.Entities;

/// <param name="Meetings">Distinct people met or due to meet (held and planned counted apart).</param>
/// <param name="QuotesSaid">Quotes the entity said.</param>
/// <param name="QuotesAbout">Quotes about the entity.</param>
/// <param name="Connections">Distinct entities linked by any relationship.</param>
public sealed record EntityCounts(int Articles, int Meetings, int QuotesSaid, int QuotesAbout, int Connections);
