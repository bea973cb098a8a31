namespace Graph.Core.Queries;

/// <summary>
/// The shortest paths between two entities: their length, how many there are, and the first ones, each the
/// entity ids along it, in lexicographic (ordinal) order of those ids.
/// </summary>
/// <param name="Hops">Hops on each path; null when no path is within the hop limit.</param>
/// <param name="Total">How many distinct shortest paths exist (may exceed the ones listed).</param>
public sealed record EntityPaths(int? Hops, long Total, IReadOnlyList<IReadOnlyList<string>> Paths)
{
    public static EntityPaths None { get; } = new(null, 0, []);
}
