using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;
using Graph.Queries.Relationships;
using QuikGraph;

namespace Graph.Queries.Connections;

/// <summary>How two entities are connected: the shortest paths (<see cref="ConnectionFinder"/>), each step explained
/// by the relationships between its ends, with their evidence, and the quotes one end gave about the other.</summary>
public sealed class ConnectionQueries(IGraphReader reader, PeriodSnapshots snapshots, ConnectionFinder finder)
{
    private const int QuotesPerStep = 3;

    public async Task<EntityConnections> FindAsync(
        EntitySummary from, EntitySummary to, int maxHops, int limit, bool followQuotes, Period? period = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(period, cancellationToken);
        var query = new PathQuery(from.Id, to.Id, maxHops, limit, FollowQuotes: followQuotes);
        var found = await finder.FindAsync(snapshot, query, cancellationToken);
        // Steps are explained from the snapshot's links (what relationship types, which quotes join the two ends).
        var graph = query.FollowQuotes ? await snapshot.GraphWithQuotesAsync(cancellationToken) : snapshot.Graph;
        var explained = await ExplainAsync(snapshot, graph, found.Paths, cancellationToken);
        return new EntityConnections(from, to, maxHops, found.Hops, found.Total, explained);
    }

    private async Task<IReadOnlyList<ConnectionPath>> ExplainAsync(
        GraphSnapshot snapshot, UndirectedGraph<string, EntityLink> graph, IReadOnlyList<IReadOnlyList<string>> paths,
        CancellationToken cancellationToken)
    {
        var summaries = await snapshot.SummariesAsync(paths.SelectMany(path => path), cancellationToken);
        var relationshipsOf = new Dictionary<(string Entity, RelationType Type), IReadOnlyList<Relationship>>();
        var explained = new List<ConnectionPath>(paths.Count);
        // An edge can outlive its entity for a moment while an article is being replaced; such a path is left out.
        foreach (var path in paths.Where(path => path.All(summaries.ContainsKey)))
        {
            var steps = new List<ConnectionStep>(path.Count - 1);
            for (var i = 0; i + 1 < path.Count; i++)
            {
                var (first, second) = (path[i], path[i + 1]);
                graph.TryGetEdge(first, second, out var link);
                if (link is null)
                {
                    graph.TryGetEdge(second, first, out link);
                }
                // A path the store found may use a link the snapshot has not seen yet: every type is asked for then.
                var types = link is null ? Enum.GetValues<RelationType>() : link.Edges.Select(edge => edge.Type).Distinct().Order().ToArray();
                steps.Add(new ConnectionStep(first, second,
                    types.Length > 0 ? await RelationshipsBetweenAsync(first, second, types) : [],
                    link is { Quotes.IsEmpty: false } ? await QuotesBetweenAsync(link, snapshot.Period, cancellationToken) : []));
            }
            explained.Add(new ConnectionPath(path.Select(id => summaries[id]).ToList(), steps));
        }
        return explained;

        async Task<IReadOnlyList<RelationshipView>> RelationshipsBetweenAsync(string first, string second, IReadOnlyList<RelationType> types)
        {
            // Both ends know the relationships between them: ask the one with fewer, for the types the link has only.
            var asked = snapshot.DegreeOf(first) <= snapshot.DegreeOf(second) ? first : second;
            var views = new List<RelationshipView>();
            foreach (var type in types)
            {
                if (!relationshipsOf.TryGetValue((asked, type), out var relationships))
                {
                    relationshipsOf[(asked, type)] = relationships = await reader.GetRelationshipsAsync(asked, type, snapshot.Period, cancellationToken);
                }
                views.AddRange(relationships
                    .Where(r => (r.Source.Id == first && r.Target.Id == second) || (r.Source.Id == second && r.Target.Id == first))
                    .Select(r => RelationshipView.From(r, first)));
            }
            return views;
        }
    }

    private async Task<IReadOnlyList<QuoteRecord>> QuotesBetweenAsync(EntityLink link, Period period, CancellationToken cancellationToken)
    {
        var quotes = new List<QuoteRecord>();
        foreach (var pair in link.Quotes)
        {
            quotes.AddRange(await reader.FindQuotesAsync(new QuoteQuery(SpeakerId: pair.Speaker, AboutId: pair.About, Limit: QuotesPerStep, Period: period.IsAll ? null : period), cancellationToken));
        }
        return quotes;
    }
}
