using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Relationships;

namespace Graph.Queries.Tests.Relationships;

public sealed class RelationshipViewTests
{
    private static EntitySummary Entity(string id, string name, EntityType type) => new(id, type, name, [], 1);

    [Fact]
    public void AMuchStatedRelationshipShowsTheFirstSentencesAndCountsEveryArticle()
    {
        var evidence = Enumerable.Range(1, RelationshipView.MaxEvidence + 5)
            .Select(i => new Evidence($"Ana Varga leads Austria ({i}).", new ArticleReference($"article-{i:000}", $"{i}.txt", null, null, $"2024-01-{i:00}", null)))
            .ToImmutableArray();
        var relationship = new Relationship(RelationType.LeaderOf,
            Entity("person:ana-varga", "Ana Varga", EntityType.Person), Entity("country:austria", "Austria", EntityType.Country), null, null, evidence);

        var view = RelationshipView.From(relationship, "person:ana-varga");

        Assert.Equal(evidence[..RelationshipView.MaxEvidence], view.Evidence);
        Assert.Equal(RelationshipView.MaxEvidence, view.Articles.Length);
        Assert.Equal((RelationshipView.MaxEvidence + 5, "2024-01-01", "2024-01-25"), (view.ArticleCount, view.FirstSeen, view.LastSeen));
    }
}
