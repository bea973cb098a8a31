namespace Graph.Queries.Algorithms.ShortestPaths;

/// <summary>The shortest paths between two vertices: their length in hops, how many there are, and the first ones in order.</summary>
/// <param name="Hops">Edges on each path; null when the target is not reached within the hop limit.</param>
/// <param name="Total">How many shortest paths exist (may exceed the ones listed).</param>
public sealed record ShortestPaths<TVertex>(int? Hops, double Total, IReadOnlyList<IReadOnlyList<TVertex>> Paths)
{
    public static ShortestPaths<TVertex> None { get; } = new(null, 0, []);
}
