using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;
using Graph.Queries.Relationships;
using Graph.Queries.Tests.Graphs;

namespace Graph.Queries.Tests.Relationships;

public sealed class RelationshipQueriesTests
{
    private static readonly EntitySummary Country = new("country:moravia", EntityType.Country, "Moravia", [], 40);

    private static Relationship Leader(string name, int articles)
    {
        var person = new EntitySummary($"person:{name.ToLowerInvariant().Replace(' ', '-')}", EntityType.Person, name, [], articles);
        var evidence = Enumerable.Range(0, articles)
            .Select(a => new Evidence($"{name} leads Moravia ({a}).", new ArticleReference($"{name}-{a:00}", "x.txt", null, null, $"2024-01-{a + 1:00}", null)))
            .ToImmutableArray();
        return new Relationship(RelationType.LeaderOf, person, Country, null, null, evidence);
    }

    [Fact]
    public async Task OnceTheGraphIsBuiltRelationshipsAreCountedFromItAndShowTheirFirstSentencesOnly()
    {
        var reader = new ChangingGraphReader();
        // In the order a store lists them (by id), which the graph's answer must keep.
        reader.Relationships.AddRange([Leader("Ana Varga", 30), Leader("Peter Holm", 1), Leader("Tomas Brel", 2)]);
        var snapshots = new GraphSnapshotProvider(reader, new ManualTimeProvider());
        var queries = new RelationshipQueries(reader, snapshots);
        var fromStore = await queries.GetAsync(Country.Id, RelationType.LeaderOf, null, 0, 2, cancellationToken: TestContext.Current.CancellationToken);
        // The in-memory graph's edges say how many articles state each relationship and when: the counts come from there.
        reader.Edges.AddRange(reader.Relationships.Select(r => new GraphEdge(r.Source.Id, r.Target.Id, r.Type, null)
            { Articles = r.ArticleCount, FirstSeen = r.FirstSeen, LastSeen = r.LastSeen }));
        await snapshots.RefreshAsync(TestContext.Current.CancellationToken);

        var fromGraph = await queries.GetAsync(Country.Id, RelationType.LeaderOf, null, 0, 2, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["Ana Varga", "Peter Holm"], fromGraph.Items.Select(r => r.Other.Name));
        Assert.True(fromGraph.HasMore);
        var first = fromGraph.Items[0];
        Assert.Equal((30, "2024-01-01", "2024-01-30", RelationshipView.MaxEvidence), (first.ArticleCount, first.FirstSeen, first.LastSeen, first.Evidence.Length));
        Assert.Equal("Ana Varga leads Moravia (0).", first.Evidence[0].Text);
        Assert.Equal(Describe(fromStore), Describe(fromGraph));
    }

    private static IEnumerable<string> Describe(Page<RelationshipView> page) =>
        page.Items.Select(r => $"{r.Type} {r.Source.Id} {r.Target.Id} {r.Direction} {r.ArticleCount} {r.FirstSeen} {r.LastSeen} {string.Join("|", r.Evidence.Select(e => e.Text))}");

    [Fact]
    public async Task AStoreWithoutItsOwnEvidenceReadReadsEachPairOnceForAllItsRelationships()
    {
        var reader = new ChangingGraphReader();
        var ana = Leader("Ana Varga", 3);
        reader.Relationships.AddRange([ana, ana with { Role = "acting" }, Leader("Tomas Brel", 2)]);
        IGraphReader store = reader;
        var keys = reader.Relationships.Select(r => new RelationshipKey(r.Type, r.Source.Id, r.Target.Id, r.Status, r.Role)).ToList();

        var found = await store.GetEvidenceAsync(keys, Period.All, 2, TestContext.Current.CancellationToken);

        Assert.Equal([2, 2, 2], found.Select(evidence => evidence.Length));
        Assert.Equal(2, reader.RelationshipReads);
    }
}
