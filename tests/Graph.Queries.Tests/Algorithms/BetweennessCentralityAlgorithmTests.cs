using Graph.Queries.Algorithms.Centrality;
using QuikGraph;

namespace Graph.Queries.Tests.Algorithms;

public sealed class BetweennessCentralityAlgorithmTests
{
    private static IReadOnlyDictionary<string, double> Betweenness(params string[] edges)
    {
        var graph = new UndirectedGraph<string, Edge<string>>();
        foreach (var edge in edges)
        {
            var ends = edge.Split('-');
            graph.AddVerticesAndEdge(new Edge<string>(ends[0], ends[1]));
        }
        return new BetweennessCentralityAlgorithm<string, Edge<string>>(graph).Compute(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void OnAPathTheMiddleVerticesCarryThePairsAroundThem()
    {
        var scores = Betweenness("a-b", "b-c", "c-d");

        // b lies between a and c, a and d; c between a and d, b and d.
        Assert.Equal(0, scores["a"]);
        Assert.Equal(2, scores["b"]);
        Assert.Equal(2, scores["c"]);
        Assert.Equal(0, scores["d"]);
    }

    [Fact]
    public void TheCentreOfAStarLiesBetweenEveryPairOfLeaves()
    {
        var scores = Betweenness("hub-a", "hub-b", "hub-c", "hub-d");

        Assert.Equal(6, scores["hub"]);
        Assert.Equal(1.0, BetweennessCentralityAlgorithm<string, Edge<string>>.Normalise(scores["hub"], 5));
    }

    [Fact]
    public void ShortestPathsSplitEvenlyBetweenAlternatives()
    {
        // A square: a and c are joined through b and through d equally.
        var scores = Betweenness("a-b", "b-c", "c-d", "d-a");

        Assert.All(scores.Values, score => Assert.Equal(0.5, score));
    }

    [Fact]
    public void ABridgeBetweenTwoGroupsScoresHighest()
    {
        // Two triangles joined through a broker.
        var scores = Betweenness("a1-a2", "a2-a3", "a3-a1", "a1-broker", "broker-b1", "b1-b2", "b2-b3", "b3-b1");

        Assert.Equal("broker", scores.MaxBy(pair => pair.Value).Key);
        Assert.Equal(9, scores["broker"]);
    }

    [Fact]
    public void SampledFromEverySourceTheScoresAreExact()
    {
        var graph = ScaleFree(300, seed: 7);
        var algorithm = new BetweennessCentralityAlgorithm<int, Edge<int>>(graph);

        var exact = algorithm.Compute(TestContext.Current.CancellationToken);
        var sampled = algorithm.Compute(300, TestContext.Current.CancellationToken);

        Assert.All(exact, pair => Assert.Equal(pair.Value, sampled[pair.Key], 6));
    }

    [Fact]
    public void OnAScaleFreeGraphAnEighthOfTheSourcesFindsTheSameTopBrokers()
    {
        var graph = ScaleFree(2_000, seed: 11);
        var algorithm = new BetweennessCentralityAlgorithm<int, Edge<int>>(graph);

        var exact = algorithm.Compute(TestContext.Current.CancellationToken);
        var sampled = algorithm.Compute(250, TestContext.Current.CancellationToken);

        var exactTop = exact.OrderByDescending(pair => pair.Value).Take(10).ToList();
        var sampledTop = sampled.OrderByDescending(pair => pair.Value).Take(15).Select(pair => pair.Key).ToHashSet();
        Assert.All(exactTop, pair => Assert.Contains(pair.Key, sampledTop));
        // Measured on this graph: the ten largest scores are off by 6.2 % on average, 18.7 % at most.
        var errors = exactTop.Select(pair => Math.Abs(sampled[pair.Key] / pair.Value - 1)).ToList();
        Assert.InRange(errors.Average(), 0, 0.10);
        Assert.InRange(errors.Max(), 0, 0.25);
    }

    /// <summary>A preferential-attachment graph (Barabási-Albert, two links per newcomer): a few hubs, many leaves, like the news graph.</summary>
    private static UndirectedGraph<int, Edge<int>> ScaleFree(int vertices, int seed)
    {
        var random = new Random(seed);
        var graph = new UndirectedGraph<int, Edge<int>>(allowParallelEdges: false);
        var ends = new List<int> { 0, 1 };
        graph.AddVerticesAndEdge(new Edge<int>(0, 1));
        for (var v = 2; v < vertices; v++)
        {
            foreach (var target in Enumerable.Range(0, 2).Select(_ => ends[random.Next(ends.Count)]).Distinct())
            {
                graph.AddVerticesAndEdge(new Edge<int>(v, target));
                ends.Add(v);
                ends.Add(target);
            }
        }
        return graph;
    }
}
