namespace Graph.Core.Queries;

/// <summary>
/// All shortest paths between two entities, relationships followed in either direction, as the connections
/// endpoint asks for them.
/// </summary>
/// <param name="MaxHops">The longest path wanted, in hops between entities; a longer shortest path is no path.</param>
/// <param name="Limit">How many paths to list (all of them are counted).</param>
/// <param name="FollowQuotes">Whether a quote also links its speaker to each entity it is about.</param>
public sealed record PathQuery(string FromId, string ToId, int MaxHops, int Limit, bool FollowQuotes = false);
