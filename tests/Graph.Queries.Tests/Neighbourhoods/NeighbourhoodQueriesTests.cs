using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Graphs;
using Graph.Queries.Neighbourhoods;
using Graph.Queries.Tests.Graphs;

namespace Graph.Queries.Tests.Neighbourhoods;

public sealed class NeighbourhoodQueriesTests
{
    [Fact]
    public async Task AHubWithMoreLinksThanChosenNodesIsJoinedToEveryChosenNodeItIsLinkedTo()
    {
        // Ana met four people; the country they lead has forty leaders besides, far more than the nodes shown.
        var reader = new ChangingGraphReader();
        string[] met = ["person:b", "person:c", "person:d", "person:e"];
        reader.Edges.AddRange(met.Select(other => new GraphEdge("person:a", other, RelationType.Met, MeetingStatus.Held)));
        reader.Edges.AddRange(met.Take(2).Append("person:a").Select(leader => new GraphEdge(leader, "country:moravia", RelationType.LeaderOf, null)));
        reader.Edges.AddRange(Enumerable.Range(0, 40).Select(i => new GraphEdge($"person:x{i:00}", "country:moravia", RelationType.LeaderOf, null)));
        reader.Edges.Add(new GraphEdge("person:c", "person:d", RelationType.Met, MeetingStatus.Planned));
        reader.Relationships.AddRange(reader.Edges.Select(edge => new Relationship(edge.Type,
            new EntitySummary(edge.SourceId, EntityType.Person, edge.SourceId, [], 1),
            new EntitySummary(edge.TargetId, edge.TargetId.StartsWith("country:", StringComparison.Ordinal) ? EntityType.Country : EntityType.Person, edge.TargetId, [], 1),
            edge.Status, null, [])));
        var snapshots = new GraphSnapshotProvider(reader, new ManualTimeProvider());
        await snapshots.RefreshAsync(TestContext.Current.CancellationToken);
        var center = new EntitySummary("person:a", EntityType.Person, "A", [], 1);

        var neighbourhood = await new NeighbourhoodQueries(new PeriodSnapshots(reader, snapshots))
            .GetAsync(center, depth: 1, maxNodes: 10, withQuotes: false, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["person:a", "country:moravia", "person:b", "person:c", "person:d", "person:e"], neighbourhood.Nodes.Select(node => node.Id));
        Assert.Equal(
            ["LEADER_OF:person:a:country:moravia:", "LEADER_OF:person:b:country:moravia:", "LEADER_OF:person:c:country:moravia:",
             "MET:person:a:person:b:held", "MET:person:a:person:c:held", "MET:person:a:person:d:held", "MET:person:a:person:e:held",
             "MET:person:c:person:d:planned"],
            neighbourhood.Edges.Select(edge => edge.Id));
    }
}
