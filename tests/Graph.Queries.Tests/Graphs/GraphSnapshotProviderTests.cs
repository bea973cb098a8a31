using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Graphs;

namespace Graph.Queries.Tests.Graphs;

public sealed class GraphSnapshotProviderTests
{
    private readonly ChangingGraphReader reader = new();
    private readonly ManualTimeProvider time = new();

    private static GraphEdge Met(string a, string b) => new(a, b, RelationType.Met, MeetingStatus.Held);

    [Fact]
    public async Task TheSnapshotIsReusedBetweenChecks()
    {
        reader.Edges.Add(Met("person:a", "person:b"));
        var provider = new GraphSnapshotProvider(reader, time);

        var first = await provider.GetAsync(TestContext.Current.CancellationToken);
        reader.Edges.Add(Met("person:b", "person:c"));
        var second = await provider.GetAsync(TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.Equal(1, reader.EdgeReads);
    }

    [Fact]
    public async Task AChangedStoreIsReadAgainOnceTheIntervalHasPassed()
    {
        reader.Edges.Add(Met("person:a", "person:b"));
        var provider = new GraphSnapshotProvider(reader, time);
        await provider.GetAsync(TestContext.Current.CancellationToken);

        reader.Edges.Add(Met("person:b", "person:c"));
        time.Advance(GraphSnapshotProvider.RefreshInterval);
        var snapshot = await provider.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["person:a", "person:c"], snapshot.NeighboursOf("person:b"));
    }

    [Fact]
    public async Task AnUnchangedStoreKeepsItsSnapshotAfterTheCheck()
    {
        reader.Edges.Add(Met("person:a", "person:b"));
        var provider = new GraphSnapshotProvider(reader, time);
        var first = await provider.GetAsync(TestContext.Current.CancellationToken);

        time.Advance(GraphSnapshotProvider.RefreshInterval * 3);
        var again = await provider.GetAsync(TestContext.Current.CancellationToken);

        Assert.Same(first, again);
        Assert.Equal(1, reader.EdgeReads);
    }

    [Fact]
    public void ASnapshotMergesEdgesOfOnePairIntoOneUndirectedLink()
    {
        var snapshot = GraphSnapshot.Build(reader, [
            Met("person:b", "person:a"),
            new GraphEdge("person:a", "person:b", RelationType.AffiliatedWith, null),
            Met("person:a", "person:a"),
        ], new GraphStatistics(0, 0, 0, 0, 0, 0, 0, 0));

        var link = Assert.Single(snapshot.Graph.Edges);
        Assert.Equal(("person:a", "person:b"), (link.Source, link.Target));
        Assert.Equal(2, link.Edges.Length);
        Assert.Equal(1, snapshot.DegreeOf("person:b"));
    }
}
