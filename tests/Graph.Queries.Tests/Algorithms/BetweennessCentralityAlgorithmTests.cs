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
}
