using Graph.Queries.Algorithms.ShortestPaths;
using QuikGraph;

namespace Graph.Queries.Tests.Algorithms;

public sealed class AllShortestPathsAlgorithmTests
{
    private static UndirectedGraph<string, Edge<string>> GraphOf(params string[] edges)
    {
        var graph = new UndirectedGraph<string, Edge<string>>();
        foreach (var edge in edges)
        {
            var ends = edge.Split('-');
            graph.AddVerticesAndEdge(new Edge<string>(ends[0], ends[1]));
        }
        return graph;
    }

    private static ShortestPaths<string> Paths(UndirectedGraph<string, Edge<string>> graph, string from, string to, int maxHops = 6, int maxPaths = 100) =>
        new AllShortestPathsAlgorithm<string, Edge<string>>(graph, StringComparer.Ordinal).Compute(from, to, maxHops, maxPaths, TestContext.Current.CancellationToken);

    [Fact]
    public void EveryShortestPathIsFoundInLexicographicOrderWhateverTheEdgeOrder()
    {
        var forward = GraphOf("a-b", "a-c", "b-d", "c-d", "d-e", "a-x", "x-y", "y-z", "z-e");
        var backward = GraphOf("z-e", "y-z", "x-y", "a-x", "d-e", "c-d", "b-d", "a-c", "a-b");

        var expected = new[] { new[] { "a", "b", "d", "e" }, ["a", "c", "d", "e"] };
        Assert.Equal(expected, Paths(forward, "a", "e").Paths.Select(path => path.ToArray()));
        Assert.Equal(expected, Paths(backward, "a", "e").Paths.Select(path => path.ToArray()));
        Assert.Equal(3, Paths(forward, "a", "e").Hops);
    }

    [Fact]
    public void EdgesAreFollowedInEitherDirection()
    {
        var graph = GraphOf("b-a", "c-b");

        Assert.Equal(["a", "b", "c"], Assert.Single(Paths(graph, "a", "c").Paths));
        Assert.Equal(["c", "b", "a"], Assert.Single(Paths(graph, "c", "a").Paths));
    }

    [Fact]
    public void NoPathWithinTheHopLimitGivesNone()
    {
        var graph = GraphOf("a-b", "b-c", "c-d");

        var result = Paths(graph, "a", "d", maxHops: 2);

        Assert.Null(result.Hops);
        Assert.Empty(result.Paths);
    }

    [Fact]
    public void ThePathCountIsExactEvenWhenTheListIsCut()
    {
        // A ladder of three diamonds: 2 × 2 × 2 shortest paths from s to t.
        var graph = GraphOf("s-a1", "s-b1", "a1-m1", "b1-m1", "m1-a2", "m1-b2", "a2-m2", "b2-m2", "m2-a3", "m2-b3", "a3-t", "b3-t");

        var result = Paths(graph, "s", "t", maxPaths: 3);

        Assert.Equal(8, result.Total);
        Assert.Equal(3, result.Paths.Count);
        Assert.Equal(["s", "a1", "m1", "a2", "m2", "a3", "t"], result.Paths[0]);
        Assert.Equal(["s", "a1", "m1", "a2", "m2", "b3", "t"], result.Paths[1]);
    }

    [Fact]
    public void UnknownOrDisconnectedVerticesHaveNoPath()
    {
        var graph = GraphOf("a-b", "c-d");

        Assert.Empty(Paths(graph, "a", "d").Paths);
        Assert.Empty(Paths(graph, "a", "nowhere").Paths);
    }
}
