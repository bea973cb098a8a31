using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Graphs;
using Graph.Queries.Statistics;
using Graph.Queries.Tests.Graphs;

namespace Graph.Queries.Tests.Statistics;

public sealed class StatisticsQueriesTests
{
    private readonly ChangingGraphReader reader = new();
    private readonly ManualTimeProvider time = new();

    [Fact]
    public async Task StatisticsAreTheLastRefreshsFiguresAndNeverReadTheStoreAgain()
    {
        reader.Edges.Add(new GraphEdge("person:a", "person:b", RelationType.Met, MeetingStatus.Held));
        var snapshots = new GraphSnapshotProvider(reader, time);
        var statistics = new StatisticsQueries(reader, snapshots);
        await snapshots.RefreshAsync(TestContext.Current.CancellationToken);
        var readsByTheRefresh = reader.StatisticsReads;

        var first = await statistics.GetAsync(Period.All, TestContext.Current.CancellationToken);
        var second = await statistics.GetAsync(Period.All, TestContext.Current.CancellationToken);

        Assert.Equal((1, 1, true), (first.Articles, second.Meetings, second.Graph.Ready));
        Assert.Equal(readsByTheRefresh, reader.StatisticsReads);
    }

    [Fact]
    public async Task WhileTheGraphIsBuiltStatisticsAnswerAtOnceWithTheNewFigures()
    {
        reader.Edges.Add(new GraphEdge("person:a", "person:b", RelationType.Met, MeetingStatus.Held));
        var snapshots = new GraphSnapshotProvider(reader, time);
        var statistics = new StatisticsQueries(reader, snapshots);
        var held = new TaskCompletionSource();
        reader.EdgesHeldBy = held.Task;

        var building = snapshots.RefreshAsync(TestContext.Current.CancellationToken);
        var answer = await statistics.GetAsync(Period.All, TestContext.Current.CancellationToken);

        Assert.Equal((1, false), (answer.Articles, answer.Graph.Ready));
        Assert.False(building.IsCompleted);
        held.SetResult();
        await building;
    }

    [Fact]
    public async Task BeforeTheFirstRefreshTheStoreIsAsked()
    {
        var statistics = new StatisticsQueries(reader, new GraphSnapshotProvider(reader, time));

        await statistics.GetAsync(Period.All, TestContext.Current.CancellationToken);

        Assert.Equal(1, reader.StatisticsReads);
    }
}
