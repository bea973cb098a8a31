using Graph.Core.Model;

namespace Graph.Queries.Neighbourhoods;

/// <param name="Depth">Hops from the centre.</param>
/// <param name="Degree">Distinct entities linked to this one in the whole graph (how much there is to expand).</param>
public sealed record NeighbourhoodNode(string Id, string Name, EntityType Type, int Depth, int Degree, int ArticleCount);
