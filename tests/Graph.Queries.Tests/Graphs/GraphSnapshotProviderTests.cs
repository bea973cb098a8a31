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
    public async Task BeforeTheFirstBuildARequestIsToldTheGraphIsNotReady()
    {
        var provider = new GraphSnapshotProvider(reader, time);

        var notReady = await Assert.ThrowsAsync<GraphNotReadyException>(() => provider.GetAsync(TestContext.Current.CancellationToken));

        Assert.Contains("being loaded", notReady.Message);
        Assert.Null(provider.Current);
        Assert.Equal(0, reader.EdgeReads);
    }

    [Fact]
    public async Task ARequestNeverBuildsTheGraphOnlyARefreshDoes()
    {
        reader.Edges.Add(Met("person:a", "person:b"));
        var provider = new GraphSnapshotProvider(reader, time);

        await Assert.ThrowsAsync<GraphNotReadyException>(() => provider.GetAsync(TestContext.Current.CancellationToken));
        Assert.True(await provider.RefreshAsync(TestContext.Current.CancellationToken));
        var snapshot = await provider.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["person:b"], snapshot.NeighboursOf("person:a"));
        Assert.True(snapshot.InsightsReady);
        Assert.Equal(1, reader.EdgeReads);
    }

    [Fact]
    public async Task AnUnchangedStoreKeepsItsSnapshot()
    {
        reader.Edges.Add(Met("person:a", "person:b"));
        var provider = new GraphSnapshotProvider(reader, time);
        await provider.RefreshAsync(TestContext.Current.CancellationToken);
        var first = await provider.GetAsync(TestContext.Current.CancellationToken);

        Assert.False(await provider.RefreshAsync(TestContext.Current.CancellationToken));

        Assert.Same(first, await provider.GetAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, reader.EdgeReads);
    }

    [Fact]
    public async Task WhileAChangedStoreIsReadThePreviousSnapshotKeepsAnswering()
    {
        reader.Edges.Add(Met("person:a", "person:b"));
        var provider = new GraphSnapshotProvider(reader, time);
        await provider.RefreshAsync(TestContext.Current.CancellationToken);
        var first = await provider.GetAsync(TestContext.Current.CancellationToken);
        var release = new TaskCompletionSource();
        reader.EdgesHeldBy = release.Task;

        reader.Edges.Add(Met("person:b", "person:c"));
        var refresh = provider.RefreshAsync(TestContext.Current.CancellationToken);
        var during = await provider.GetAsync(TestContext.Current.CancellationToken);
        release.SetResult();
        await refresh;
        var after = await provider.GetAsync(TestContext.Current.CancellationToken);

        Assert.Same(first, during);
        Assert.Equal(["person:a", "person:c"], after.NeighboursOf("person:b"));
    }

    [Fact]
    public async Task ACancelledRequestDoesNotCancelTheBuild()
    {
        reader.Edges.Add(Met("person:a", "person:b"));
        var provider = new GraphSnapshotProvider(reader, time);
        var release = new TaskCompletionSource();
        reader.EdgesHeldBy = release.Task;
        var build = provider.RefreshAsync(TestContext.Current.CancellationToken);
        using var request = new CancellationTokenSource();

        await request.CancelAsync();
        await Assert.ThrowsAsync<GraphNotReadyException>(() => provider.GetAsync(request.Token));
        release.SetResult();
        await build;

        Assert.NotNull(await provider.GetAsync(request.Token));
        await provider.WhenReadyAsync(TestContext.Current.CancellationToken);
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

    [Fact]
    public async Task TheBrokersRankingIsNotReadyUntilItsBackgroundComputationEnds()
    {
        var snapshot = GraphSnapshot.Build(reader, [Met("person:a", "person:b"), Met("person:b", "person:c")], new GraphStatistics(0, 0, 0, 0, 0, 0, 0, 0));

        await Assert.ThrowsAsync<GraphNotReadyException>(() => snapshot.BetweennessAsync(TestContext.Current.CancellationToken));
        await snapshot.PrepareInsightsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, (await snapshot.BetweennessAsync(TestContext.Current.CancellationToken))["person:b"]);
    }
}
