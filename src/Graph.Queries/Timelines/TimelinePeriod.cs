namespace Graph.Queries.Timelines;

/// <summary>One month (<c>yyyy-MM</c>) or year (<c>yyyy</c>) of an entity's timeline.</summary>
/// <param name="Meetings">Distinct meetings (other person and status) reported by an article of the period.</param>
/// <param name="QuotesSaid">Quotes the entity said in articles of the period.</param>
/// <param name="QuotesAbout">Quotes about the entity in articles of the period.</param>
public sealed record TimelinePeriod(string Period, int Meetings, int QuotesSaid, int QuotesAbout);
