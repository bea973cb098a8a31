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

    /// <summary>How many sentences each relationship of a step shows (its articleCount says how many there are; the
    /// relationships endpoint with <c>with=</c> lists more).</summary>
    public const int EvidencePerRelationship = 3;

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
        // Paths share steps (every path starts from the same entity): each step is explained once per request.
        var explainedSteps = new Dictionary<(string First, string Second), IReadOnlyList<RelationshipView>>();
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
                steps.Add(new ConnectionStep(first, second,
                    link is null ? await RelationshipsBetweenAsync(first, second) : await CountedAsync(link, first),
                    link is { Quotes.IsEmpty: false } ? await QuotesBetweenAsync(link, snapshot.Period, cancellationToken) : []));
            }
            explained.Add(new ConnectionPath(path.Select(id => summaries[id]).ToList(), steps));
        }
        return explained;

        // The link's counted edges, each with its first sentences: between two hubs the sentences are thousands.
        async Task<IReadOnlyList<RelationshipView>> CountedAsync(EntityLink link, string first)
        {
            var step = (first, link.Other(first));
            if (!explainedSteps.TryGetValue(step, out var views))
            {
                var edges = CountedRelationships.InStoreOrder(link.Edges).OrderBy(edge => edge.Type).ToList();
                explainedSteps[step] = views = await CountedRelationships.ViewAsync(reader, snapshot, edges, first, EvidencePerRelationship, cancellationToken);
            }
            return views;
        }

        // A path the store found may use a link the snapshot has not seen yet: it is read from the store then.
        async Task<IReadOnlyList<RelationshipView>> RelationshipsBetweenAsync(string first, string second) =>
            [.. (await reader.GetRelationshipsBetweenAsync(first, second, snapshot.Period, cancellationToken))
                .OrderBy(r => r.Type).Select(r => RelationshipView.From(r, first))];
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
