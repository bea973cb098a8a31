using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Connections;
using Graph.Queries.Graphs;
using Graph.TestSupport;

namespace Graph.Queries.Tests.Connections;

public sealed class ConnectionFinderTests
{
    // a - b - c, and a second way a - d - c: two shortest paths of two hops from a to c.
    private static readonly GraphEdge[] Edges =
    [
        new("person:a", "person:b", RelationType.Met, MeetingStatus.Held),
        new("person:c", "person:b", RelationType.Met, MeetingStatus.Held),
        new("person:a", "person:d", RelationType.Met, MeetingStatus.Held),
        new("person:d", "person:c", RelationType.Met, MeetingStatus.Planned),
    ];

    private static readonly EntityPaths StoreAnswer = new(1, 1, [["person:a", "person:x"]]);

    private static GraphSnapshot Snapshot(Core.Storage.IGraphReader reader) =>
        GraphSnapshot.Build(reader, Edges, new GraphStatistics(0, 4, 0, 0, 4, 0, 0, 0));

    [Fact]
    public async Task AStoreThatFindsPathsItselfAnswersPathsOverRelationships()
    {
        var store = new PathFindingReader(StoreAnswer);
        var query = new PathQuery("person:a", "person:c", 4, 10);

        var found = await new ConnectionFinder(store).FindAsync(Snapshot(store), query, TestContext.Current.CancellationToken);

        Assert.Equal(query, Assert.Single(store.Queries));
        Assert.Equal((1, 1.0), (found.Hops, found.Total));
        Assert.Equal(["person:a", "person:x"], Assert.Single(found.Paths));
    }

    [Fact]
    public async Task PathsThroughQuotesAreSearchedWithQuikGraphWhenTheStoreCannotFollowQuotes()
    {
        var store = new PathFindingReader(StoreAnswer, followsQuotes: false);

        var found = await new ConnectionFinder(store).FindAsync(
            Snapshot(store), new PathQuery("person:a", "person:c", 4, 10, FollowQuotes: true), TestContext.Current.CancellationToken);

        Assert.Empty(store.Queries);
        Assert.Equal([["person:a", "person:b", "person:c"], ["person:a", "person:d", "person:c"]], found.Paths.Select(path => path.ToArray()));
    }

    [Fact]
    public async Task AStoreThatFollowsQuotesIsAskedForPathsThroughQuotesToo()
    {
        var store = new PathFindingReader(StoreAnswer, followsQuotes: true);

        await new ConnectionFinder(store).FindAsync(
            Snapshot(store), new PathQuery("person:a", "person:c", 4, 10, FollowQuotes: true), TestContext.Current.CancellationToken);

        Assert.True(Assert.Single(store.Queries).FollowQuotes);
    }

    [Fact]
    public async Task AHopLimitBeyondTheStoresIsSearchedWithQuikGraph()
    {
        var store = new PathFindingReader(StoreAnswer, maxHops: 3);

        var found = await new ConnectionFinder(store).FindAsync(Snapshot(store), new PathQuery("person:a", "person:c", 4, 1), TestContext.Current.CancellationToken);

        Assert.Empty(store.Queries);
        Assert.Equal((2, 2.0), (found.Hops, found.Total));
        Assert.Equal(["person:a", "person:b", "person:c"], Assert.Single(found.Paths));
    }

    [Fact]
    public async Task AReaderThatFindsNoPathsItselfIsSearchedWithQuikGraph()
    {
        var reader = new FakeGraphReader();

        var found = await new ConnectionFinder(reader).FindAsync(Snapshot(reader), new PathQuery("person:c", "person:a", 2, 10), TestContext.Current.CancellationToken);

        Assert.Equal([["person:c", "person:b", "person:a"], ["person:c", "person:d", "person:a"]], found.Paths.Select(path => path.ToArray()));
    }
}
