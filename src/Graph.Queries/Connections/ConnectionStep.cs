using Graph.Core.Queries;
using Graph.Queries.Relationships;

namespace Graph.Queries.Connections;

/// <summary>One hop of a path, explained by every relationship between its ends (with evidence) and, when paths
/// follow quotes, by the quotes one end gave about the other (the first few of each speaker-subject pair).</summary>
public sealed record ConnectionStep(string From, string To, IReadOnlyList<RelationshipView> Relationships, IReadOnlyList<QuoteRecord> Quotes);
