using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;

namespace Graph.Queries.Entities;

/// <summary>Composes an entity's details from its relationships and quotes.</summary>
internal static class EntityDetailsBuilder
{
    /// <remarks>
    /// Only the affiliations (roles, and in how many articles each is stated) are read from the store; the counts, the
    /// countries led and the leaders come from the in-memory graph's links: the store would read every sentence behind
    /// them (a head of state's leadership is stated in thousands of articles).
    /// </remarks>
    public static async Task<EntityDetails> BuildAsync(IGraphReader reader, GraphSnapshot snapshot, EntitySummary entity, CancellationToken cancellationToken)
    {
        var affiliated = await reader.CountRelationshipsAsync(entity.Id, RelationType.AffiliatedWith, cancellationToken);
        var quotes = await snapshot.QuoteTalliesAsync(cancellationToken);
        var edges = snapshot.EdgesOf(entity.Id);

        // A party has thousands of members: the best supported are listed, by name.
        var affiliations = affiliated
            .Select(r => new Affiliation(r.Source.Id == entity.Id ? r.Target : r.Source, r.Role, r.Articles))
            .OrderByDescending(a => a.Articles).ThenBy(a => a.Entity.Id, StringComparer.Ordinal).ThenBy(a => a.Role, StringComparer.Ordinal)
            .Take(EntityDetails.MaxAffiliations)
            .OrderBy(a => a.Entity.Name, StringComparer.Ordinal).ThenBy(a => a.Role, StringComparer.Ordinal)
            .ToImmutableArray();
        var roles = affiliated
            .Where(r => r.Source.Id == entity.Id && !string.IsNullOrEmpty(r.Role))
            .Select(r => r.Role!)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var countriesLed = await EndsAsync(edges.Where(e => e.Type == RelationType.LeaderOf && e.SourceId == entity.Id).Select(e => e.TargetId));
        var leaders = await EndsAsync(edges.Where(e => e.Type == RelationType.LeaderOf && e.TargetId == entity.Id).Select(e => e.SourceId));
        var meetings = edges
            .Where(e => e.Type == RelationType.Met)
            .Select(e => (Other: e.SourceId == entity.Id ? e.TargetId : e.SourceId, e.Status))
            .Distinct().Count();

        var names = reader is INameStatistics statistics
            ? (await statistics.GetNameCountsAsync(entity.Id, cancellationToken)).ToImmutableArray()
            : [];

        return new EntityDetails(entity.Id, entity.Type, entity.Name, entity.Aliases, roles, affiliations, countriesLed, leaders,
            new EntityCounts(entity.ArticleCount, meetings, quotes.SaidBy(entity.Id), quotes.AboutOf(entity.Id), snapshot.DegreeOf(entity.Id)))
        {
            Names = names,
            AffiliationCount = affiliated.Count,
        };

        async Task<ImmutableArray<EntitySummary>> EndsAsync(IEnumerable<string> ids) =>
            [.. (await snapshot.SummariesAsync(ids, cancellationToken)).Values.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

}
