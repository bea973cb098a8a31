using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Entities;
using Graph.Queries.Graphs;
using Graph.Queries.Tests.Graphs;

namespace Graph.Queries.Tests.Entities;

public sealed class EntityDetailsTests
{
    private static readonly EntitySummary Party = new("org:civic-party", EntityType.Organization, "Civic Party", [], 500);

    private static Relationship Member(int i, int articles)
    {
        var person = new EntitySummary($"person:member-{i:000}", EntityType.Person, $"Member {i:000}", [], articles);
        var evidence = Enumerable.Range(0, articles)
            .Select(a => new Evidence($"Member {i:000} of the Civic Party.", new ArticleReference($"article-{i}-{a}", "x.txt", null, null, null, null)))
            .ToImmutableArray();
        return new Relationship(RelationType.AffiliatedWith, person, Party, null, "member", evidence);
    }

    [Fact]
    public async Task AnOrganisationWithMoreMembersThanShownListsTheBestSupportedByNameAndCountsThemAll()
    {
        var reader = new ChangingGraphReader();
        var members = EntityDetails.MaxAffiliations + 5;
        // Members 0-4 are stated in one article each, the others in two.
        reader.Relationships.AddRange(Enumerable.Range(0, members).Select(i => Member(i, i < 5 ? 1 : 2)));
        // The details come from the in-memory graph's counted edges (role and articles), not from the evidence.
        reader.Edges.AddRange(reader.Relationships.Select(r => new GraphEdge(r.Source.Id, r.Target.Id, r.Type, null) { Role = r.Role, Articles = r.ArticleCount }));
        var snapshots = new GraphSnapshotProvider(reader, new ManualTimeProvider());
        await snapshots.RefreshAsync(TestContext.Current.CancellationToken);

        var details = await new EntityQueries(reader, snapshots).DetailsAsync(Party, TestContext.Current.CancellationToken);

        Assert.Equal(members, details.AffiliationCount);
        Assert.Equal(Enumerable.Range(5, EntityDetails.MaxAffiliations).Select(i => $"Member {i:000}"), details.Affiliations.Select(a => a.Entity.Name));
        Assert.All(details.Affiliations, a => Assert.Equal((2, "member"), (a.Articles, a.Role)));
        Assert.Equal(members, details.Counts.Connections);
    }
}
