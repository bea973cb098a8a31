namespace Graph.Queries.Neighbourhoods;

/// <summary>
/// The subgraph around an entity, in the shape a graph viewer draws directly (nodes and edges by id).
/// </summary>
/// <param name="Truncated">True when the node limit left some neighbours out (the highest-degree ones are kept).</param>
public sealed record Neighbourhood(
    string Center,
    int Depth,
    IReadOnlyList<NeighbourhoodNode> Nodes,
    IReadOnlyList<NeighbourhoodEdge> Edges,
    bool Truncated);
