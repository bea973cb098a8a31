using Graph.Core.Queries;

namespace Graph.Queries.Connections;

/// <summary>How two entities are connected: every shortest path (up to a limit) with each step explained.</summary>
/// <param name="Hops">The length of the shortest paths; null when none exists within <paramref name="MaxHops"/>.</param>
/// <param name="TotalPaths">How many shortest paths there are; <paramref name="Paths"/> lists the first ones.</param>
public sealed record EntityConnections(
    EntitySummary From,
    EntitySummary To,
    int MaxHops,
    int? Hops,
    double TotalPaths,
    IReadOnlyList<ConnectionPath> Paths);
