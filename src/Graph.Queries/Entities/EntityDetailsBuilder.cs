using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;

namespace Graph.Queries.Entities;

/// <summary>Composes an entity's details from its relationships and quotes.</summary>
internal static class EntityDetailsBuilder
{
    public static async Task<EntityDetails> BuildAsync(IGraphReader reader, GraphSnapshot snapshot, EntitySummary entity, CancellationToken cancellationToken)
    {
        var relationships = await reader.GetRelationshipsAsync(entity.Id, cancellationToken: cancellationToken);
        var quotes = await snapshot.QuoteTalliesAsync(cancellationToken);

        var affiliations = relationships
            .Where(r => r.Type == RelationType.AffiliatedWith)
            .Select(r => new Affiliation(Other(r, entity.Id), r.Role, r.Evidence.Select(e => e.Article.Id).Distinct().Count()))
            .OrderBy(a => a.Entity.Name, StringComparer.Ordinal).ThenBy(a => a.Role, StringComparer.Ordinal)
            .ToImmutableArray();
        var roles = relationships
            .Where(r => r.Type == RelationType.AffiliatedWith && r.Source.Id == entity.Id && !string.IsNullOrEmpty(r.Role))
            .Select(r => r.Role!)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var countriesLed = Ends(relationships, RelationType.LeaderOf, r => r.Source.Id == entity.Id, r => r.Target);
        var leaders = Ends(relationships, RelationType.LeaderOf, r => r.Target.Id == entity.Id, r => r.Source);
        var meetings = relationships
            .Where(r => r.Type == RelationType.Met)
            .Select(r => (Other(r, entity.Id).Id, r.Status))
            .Distinct().Count();
        var connections = relationships.Select(r => Other(r, entity.Id).Id).Distinct().Count();

        var names = reader is INameStatistics statistics
            ? (await statistics.GetNameCountsAsync(entity.Id, cancellationToken)).ToImmutableArray()
            : [];

        return new EntityDetails(entity.Id, entity.Type, entity.Name, entity.Aliases, roles, affiliations, countriesLed, leaders,
            new EntityCounts(entity.ArticleCount, meetings, quotes.SaidBy(entity.Id), quotes.AboutOf(entity.Id), connections))
        {
            Names = names,
        };
    }

    public static EntitySummary Other(Relationship relationship, string entityId) =>
        relationship.Source.Id == entityId ? relationship.Target : relationship.Source;

    private static ImmutableArray<EntitySummary> Ends(
        IEnumerable<Relationship> relationships, RelationType type, Func<Relationship, bool> side, Func<Relationship, EntitySummary> end) =>
        relationships.Where(r => r.Type == type && side(r)).Select(end)
            .DistinctBy(e => e.Id).OrderBy(e => e.Name, StringComparer.Ordinal).ToImmutableArray();
}
