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

    [Fact]
    public void OnRandomGraphsTheSearchFromBothEndsFindsWhatEnumeratingEveryPathFinds()
    {
        // Hubs next to both ends make the two searches take turns unevenly; a reference enumerates every simple path.
        var random = new Random(2026);
        for (var round = 0; round < 300; round++)
        {
            var vertices = random.Next(2, 12);
            var graph = new UndirectedGraph<string, Edge<string>>(allowParallelEdges: false);
            for (var v = 0; v < vertices; v++)
            {
                graph.AddVertex($"v{v}");
            }
            for (var a = 0; a < vertices; a++)
            {
                for (var b = a + 1; b < vertices; b++)
                {
                    if (random.NextDouble() < (a == 0 ? 0.6 : 0.25))
                    {
                        graph.AddEdge(new Edge<string>($"v{a}", $"v{b}"));
                    }
                }
            }
            var (from, to) = ($"v{random.Next(vertices)}", $"v{random.Next(vertices)}");
            var maxHops = random.Next(1, 6);

            var found = Paths(graph, from, to, maxHops, maxPaths: 1000);
            var expected = EveryShortestPath(graph, from, to, maxHops);

            Assert.Equal(expected.Select(path => string.Join(">", path)), found.Paths.Select(path => string.Join(">", path)));
            Assert.Equal(expected.Count, found.Total);
            Assert.Equal(expected.Count == 0 ? ShortestPaths<string>.None.Hops : expected[0].Count - 1, found.Hops);
        }
    }

    private static List<List<string>> EveryShortestPath(UndirectedGraph<string, Edge<string>> graph, string from, string to, int maxHops)
    {
        if (from == to)
        {
            return [[from]];
        }
        var all = new List<List<string>>();
        var current = new List<string> { from };
        Extend(from);
        var shortest = all.Count == 0 ? 0 : all.Min(path => path.Count);
        return [.. all.Where(path => path.Count == shortest).OrderBy(path => string.Join("\u0001", path), StringComparer.Ordinal)];

        void Extend(string vertex)
        {
            if (vertex == to)
            {
                all.Add([.. current]);
                return;
            }
            if (current.Count > maxHops)
            {
                return;
            }
            foreach (var next in graph.AdjacentVertices(vertex).Where(next => !current.Contains(next)))
            {
                current.Add(next);
                Extend(next);
                current.RemoveAt(current.Count - 1);
            }
        }
    }
}
