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
        var explained = new List<ConnectionPath>(paths.Count);
        // Paths share steps (every path starts from the same entity): each pair is read once per request.
        var betweenPair = new Dictionary<(string First, string Second), IReadOnlyList<Relationship>>();
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
            // Read from the pair itself: between two hubs, either one's own relationships are thousands of evidence rows.
            var pair = string.CompareOrdinal(first, second) <= 0 ? (first, second) : (second, first);
            if (!betweenPair.TryGetValue(pair, out var between))
            {
                betweenPair[pair] = between = await reader.GetRelationshipsBetweenAsync(pair.Item1, pair.Item2, snapshot.Period, cancellationToken);
            }
            return [.. types.SelectMany(type => between.Where(r => r.Type == type)).Select(r => RelationshipView.From(r, first))];
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
