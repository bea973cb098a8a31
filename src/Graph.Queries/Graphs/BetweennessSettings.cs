namespace Graph.Queries.Graphs;

/// <summary>
/// How betweenness is computed: exactly (Brandes, one breadth-first search from every entity) up to
/// <paramref name="ExactUpTo"/> entities; above that from <paramref name="SampledSources"/> sources spread evenly over
/// the entities in id order, scaled up (Brandes and Pich, "Centrality estimation in large networks", 2007), since
/// exact Brandes is O(V·E): one search per entity, where the estimate makes a fixed number. Its error, measured on a
/// 2,000-entity scale-free graph with an eighth of the sources, is in BetweennessCentralityAlgorithmTests.
/// </summary>
public sealed record BetweennessSettings(int ExactUpTo = 20_000, int SampledSources = 1_000)
{
    public static BetweennessSettings Default { get; } = new();

    /// <summary>The number of sources to search from on a graph of this many entities; null for all of them.</summary>
    public int? SourcesFor(int vertexCount) => vertexCount <= ExactUpTo ? null : Math.Min(SampledSources, vertexCount);
}
