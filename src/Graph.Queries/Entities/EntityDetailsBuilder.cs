using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Graphs;

namespace Graph.Queries.Entities;

/// <summary>Composes an entity's details from its relationships and quotes.</summary>
internal static class EntityDetailsBuilder
{
    /// <remarks>
    /// Everything but the names comes from the in-memory graph's counted edges (the affiliations with their roles and
    /// articles, the countries led, the leaders, the meetings): the store would read every sentence behind them (a
    /// party's affiliations are tens of thousands of sentences).
    /// </remarks>
    public static async Task<EntityDetails> BuildAsync(GraphSnapshot snapshot, EntitySummary entity, CancellationToken cancellationToken)
    {
        var quotes = await snapshot.QuoteTalliesAsync(cancellationToken);
        var edges = snapshot.EdgesOf(entity.Id).ToList();
        var affiliated = edges.Where(edge => edge.Type == RelationType.AffiliatedWith).ToList();

        // A party has thousands of members: the best supported are listed, by name, and only their summaries are read.
        var best = affiliated
            .Select(edge => (Edge: edge, Other: edge.SourceId == entity.Id ? edge.TargetId : edge.SourceId))
            .OrderByDescending(pair => pair.Edge.Articles).ThenBy(pair => pair.Other, StringComparer.Ordinal).ThenBy(pair => pair.Edge.Role, StringComparer.Ordinal)
            .Take(EntityDetails.MaxAffiliations)
            .ToList();
        var others = await snapshot.SummariesAsync(best.Select(pair => pair.Other), cancellationToken);
        var affiliations = best
            .Where(pair => others.ContainsKey(pair.Other))
            .Select(pair => new Affiliation(others[pair.Other], pair.Edge.Role, pair.Edge.Articles))
            .OrderBy(a => a.Entity.Name, StringComparer.Ordinal).ThenBy(a => a.Role, StringComparer.Ordinal)
            .ToImmutableArray();
        var roles = affiliated
            .Where(edge => edge.SourceId == entity.Id && !string.IsNullOrEmpty(edge.Role))
            .Select(edge => edge.Role!)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var countriesLed = await EndsAsync(edges.Where(e => e.Type == RelationType.LeaderOf && e.SourceId == entity.Id).Select(e => e.TargetId));
        var leaders = await EndsAsync(edges.Where(e => e.Type == RelationType.LeaderOf && e.TargetId == entity.Id).Select(e => e.SourceId));
        var meetings = edges
            .Where(e => e.Type == RelationType.Met)
            .Select(e => (Other: e.SourceId == entity.Id ? e.TargetId : e.SourceId, e.Status))
            .Distinct().Count();

        var names = await snapshot.NameCountsAsync(entity.Id, cancellationToken);

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
