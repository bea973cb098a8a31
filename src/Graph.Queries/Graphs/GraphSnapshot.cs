using System.Collections.Concurrent;
using System.Collections.Immutable;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Algorithms.Centrality;
using Graph.Queries.Entities;
using QuikGraph;

namespace Graph.Queries.Graphs;

/// <summary>
/// The whole relationship graph held in memory as a QuikGraph undirected graph, for paths, neighbourhoods
/// and centrality; built from <see cref="IGraphReader.GetEdgesAsync"/>, so it is the same on every store.
/// Costly figures (quote counts, the graph through quotes, betweenness) are computed once per snapshot, in the
/// background (<see cref="PrepareAsync"/>, <see cref="PrepareInsightsAsync"/>), never on a request's time.
/// </summary>
public sealed class GraphSnapshot
{
    // Large pages: each page loads the summaries of its speakers and subjects, and the hubs (quoted in most pages) cost most.
    private const int QuoteScanPage = 10_000;

    /// <summary>How many of the most quoted speakers of each type a ranking can show (the API's insight limit is below it).</summary>
    private const int RankedSpeakersPerType = 100;
    private const int MaxScannedQuotes = 500_000;
    private const int MaxQuotesAroundOneEntity = 20_000;

    private readonly IGraphReader reader;
    private readonly Dictionary<string, string[]> neighbours;
    private readonly Dictionary<(string, string), EntityLink> links;
    private readonly ConcurrentDictionary<string, EntitySummary?> summaries;
    private readonly Lazy<Task<IReadOnlyDictionary<string, double>>> betweenness;
    private readonly Lazy<Task<QuoteTallies>> quoteTallies;
    private readonly Lazy<Task<UndirectedGraph<string, EntityLink>>> graphWithQuotes;
    private readonly Lazy<Task<IReadOnlyDictionary<string, ImmutableArray<NameCount>>?>> nameCounts;
    private readonly Lazy<Task<NameIndex?>> nameIndex;

    private GraphSnapshot(
        IGraphReader reader, UndirectedGraph<string, EntityLink> graph, GraphStatistics statistics, BetweennessSettings settings, Period period,
        ConcurrentDictionary<string, EntitySummary?>? summaries)
    {
        this.reader = reader;
        this.summaries = summaries ?? new(StringComparer.Ordinal);
        Graph = graph;
        Statistics = statistics;
        Period = period;
        // Neighbours in id order make every traversal, and so every answer, independent of storage order.
        neighbours = graph.Vertices.ToDictionary(
            vertex => vertex,
            vertex => graph.AdjacentEdges(vertex).Select(link => link.Other(vertex)).Distinct().Order(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        links = graph.Edges.ToDictionary(link => (link.Source, link.Target));
        betweenness = new(() => Task.Run(() => new BetweennessCentralityAlgorithm<string, EntityLink>(Graph)
            .Compute(settings.SourcesFor(graph.VertexCount), CancellationToken.None)));
        quoteTallies = new(() => TallyQuotesAsync(CancellationToken.None));
        graphWithQuotes = new(async () => WithQuotes(graph, await quoteTallies.Value));
        nameCounts = new(() => reader is INameStatistics statistics
            ? statistics.GetAllNameCountsAsync(CancellationToken.None)
            : Task.FromResult<IReadOnlyDictionary<string, ImmutableArray<NameCount>>?>(null));
        nameIndex = new(() => Task.Run(async () => reader is INameStatistics statistics
            && await statistics.GetAllSearchKeysAsync(CancellationToken.None) is { } searchKeys ? NameIndex.Build(searchKeys) : null));
    }

    public UndirectedGraph<string, EntityLink> Graph { get; }

    /// <summary>The store's figures when the snapshot was taken: a new snapshot is built when they change.</summary>
    public GraphStatistics Statistics { get; }

    /// <summary>The period whose articles the snapshot holds (its edges and quotes); <see cref="Period.All"/> for the whole store.</summary>
    public Period Period { get; }

    /// <param name="wholeStore">For a period's snapshot, the whole store's of the same statistics, if built: an
    /// entity's summary does not depend on the period, so the period's shares the summaries it has read (the most
    /// quoted, read in the background) instead of reading them again on a request's time.</param>
    public static GraphSnapshot Build(
        IGraphReader reader, IReadOnlyList<GraphEdge> edges, GraphStatistics statistics, BetweennessSettings? settings = null, Period? period = null,
        GraphSnapshot? wholeStore = null)
    {
        var graph = new UndirectedGraph<string, EntityLink>(allowParallelEdges: false);
        var links = edges
            .Where(edge => edge.SourceId != edge.TargetId)
            .GroupBy(edge => string.CompareOrdinal(edge.SourceId, edge.TargetId) <= 0 ? (edge.SourceId, edge.TargetId) : (edge.TargetId, edge.SourceId))
            .OrderBy(group => group.Key.Item1, StringComparer.Ordinal).ThenBy(group => group.Key.Item2, StringComparer.Ordinal);
        foreach (var link in links)
        {
            graph.AddVerticesAndEdge(new EntityLink(link.Key.Item1, link.Key.Item2, [.. link]));
        }
        var shared = wholeStore is { Period.IsAll: true } && wholeStore.Statistics == statistics ? wholeStore.summaries : null;
        return new GraphSnapshot(reader, graph, statistics, settings ?? BetweennessSettings.Default, period ?? Period.All, shared);
    }

    public bool Contains(string entityId) => neighbours.ContainsKey(entityId);

    /// <summary>The distinct entities linked to this one, in id order; none for an entity without relationships.</summary>
    public IReadOnlyList<string> NeighboursOf(string entityId) =>
        neighbours.TryGetValue(entityId, out var found) ? found : [];

    public int DegreeOf(string entityId) => NeighboursOf(entityId).Count;

    /// <summary>The link between two entities, either order; null when they are not linked.</summary>
    public EntityLink? LinkBetween(string entityId, string otherId) =>
        links.GetValueOrDefault(string.CompareOrdinal(entityId, otherId) <= 0 ? (entityId, otherId) : (otherId, entityId));

    /// <summary>The stored edges (type, direction, status) between this entity and each of its neighbours.</summary>
    public IEnumerable<GraphEdge> EdgesOf(string entityId) =>
        Graph.ContainsVertex(entityId) ? Graph.AdjacentEdges(entityId).SelectMany(link => link.Edges) : [];

    /// <summary>Whether the betweenness of every entity is known (the brokers ranking can answer).</summary>
    public bool InsightsReady => betweenness.IsValueCreated && betweenness.Value.IsCompletedSuccessfully;

    /// <summary>
    /// Computes what paths, neighbourhoods and entity details need besides the graph: the quote tallies, the graph
    /// through quotes and, for the whole store, every entity's name counts and the index of their names.
    /// </summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await quoteTallies.Value.WaitAsync(cancellationToken);
        await graphWithQuotes.Value.WaitAsync(cancellationToken);
        if (Period.IsAll)
        {
            await nameCounts.Value.WaitAsync(cancellationToken);
            await nameIndex.Value.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The name search over the entities the store held when the snapshot was taken; null until it is built, or when the store does not list its search keys.</summary>
    public NameIndex? Names => nameIndex.IsValueCreated && nameIndex.Value.IsCompletedSuccessfully ? nameIndex.Value.Result : null;

    /// <summary>
    /// Every name of the entity with how many articles used it, the most used first: from the counts read with the
    /// snapshot when the store gives them all at once and knew the entity then, otherwise from the store.
    /// </summary>
    public async Task<ImmutableArray<NameCount>> NameCountsAsync(string entityId, CancellationToken cancellationToken)
    {
        if (nameCounts.IsValueCreated && nameCounts.Value.IsCompletedSuccessfully
            && nameCounts.Value.Result is { } all && all.TryGetValue(entityId, out var names))
        {
            return names;
        }
        return reader is INameStatistics statistics ? [.. await statistics.GetNameCountsAsync(entityId, cancellationToken)] : [];
    }

    /// <summary>Computes the betweenness of every entity (Brandes; sampled sources on a large graph, see <see cref="BetweennessSettings"/>).</summary>
    public Task PrepareInsightsAsync(CancellationToken cancellationToken) => betweenness.Value.WaitAsync(cancellationToken);

    /// <summary>The graph with a link also between each speaker and whom they were quoted about, for paths through quotes.</summary>
    public Task<UndirectedGraph<string, EntityLink>> GraphWithQuotesAsync(CancellationToken cancellationToken) =>
        graphWithQuotes.Value.WaitAsync(cancellationToken);

    /// <summary>The betweenness computed in the background; a <see cref="GraphNotReadyException"/> until it is done,
    /// so no request ever waits for it.</summary>
    public Task<IReadOnlyDictionary<string, double>> BetweennessAsync(CancellationToken cancellationToken) =>
        InsightsReady
            ? betweenness.Value
            : throw new GraphNotReadyException("The brokers ranking (betweenness centrality) is still being computed in the background; ask again in a moment.");

    public Task<QuoteTallies> QuoteTalliesAsync(CancellationToken cancellationToken) =>
        quoteTallies.Value.WaitAsync(cancellationToken);

    /// <summary>
    /// Who spoke about whom around one entity. The whole store's come from the tallies computed in the background; a
    /// period's, until its tallies are computed, from that entity's own quotes of the period only (at most
    /// <see cref="MaxQuotesAroundOneEntity"/> each way), so a period's neighbourhood does not wait for every quote of the period.
    /// </summary>
    public async Task<ImmutableArray<SpeakerPair>> PairsOfAsync(string entityId, CancellationToken cancellationToken)
    {
        if (Period.IsAll || quoteTallies.IsValueCreated)
        {
            return (await QuoteTalliesAsync(cancellationToken)).PairsOf(entityId);
        }
        var said = await ScanQuotesAsync(new QuoteQuery(SpeakerId: entityId, Period: Period), MaxQuotesAroundOneEntity, cancellationToken);
        var about = await ScanQuotesAsync(new QuoteQuery(AboutId: entityId, Period: Period), MaxQuotesAroundOneEntity, cancellationToken);
        return QuoteTallies.Of(said.Concat(about).DistinctBy(quote => quote.Id)).PairsOf(entityId);
    }

    /// <summary>An entity's summary, read once per snapshot (the reader has no batch lookup).</summary>
    public async Task<EntitySummary?> SummaryAsync(string entityId, CancellationToken cancellationToken)
    {
        if (summaries.TryGetValue(entityId, out var cached))
        {
            return cached;
        }
        var summary = await reader.GetEntityAsync(entityId, cancellationToken);
        summaries.TryAdd(entityId, summary);
        return summary;
    }

    public async Task<IReadOnlyDictionary<string, EntitySummary>> SummariesAsync(IEnumerable<string> entityIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, EntitySummary>(StringComparer.Ordinal);
        foreach (var id in entityIds.Distinct())
        {
            if (await SummaryAsync(id, cancellationToken) is { } summary)
            {
                found[id] = summary;
            }
        }
        return found;
    }

    private static UndirectedGraph<string, EntityLink> WithQuotes(UndirectedGraph<string, EntityLink> relations, QuoteTallies tallies)
    {
        var quotes = tallies.Pairs.Values.SelectMany(pairs => pairs).Distinct()
            .ToLookup(pair => string.CompareOrdinal(pair.Speaker, pair.About) <= 0 ? (pair.Speaker, pair.About) : (pair.About, pair.Speaker));
        var links = relations.Edges.ToDictionary(link => (link.Source, link.Target));
        foreach (var pair in quotes)
        {
            links[pair.Key] = new EntityLink(pair.Key.Item1, pair.Key.Item2,
                links.TryGetValue(pair.Key, out var existing) ? existing.Edges : [], [.. pair]);
        }
        var graph = new UndirectedGraph<string, EntityLink>(allowParallelEdges: false);
        foreach (var link in links.Values.OrderBy(link => link.Source, StringComparer.Ordinal).ThenBy(link => link.Target, StringComparer.Ordinal))
        {
            graph.AddVerticesAndEdge(link);
        }
        return graph;
    }

    // A reader that lists quote links gives the tallies in one pass (a period's from its articles alone); a reader
    // without that list reads the quotes a page at a time. The ranked speakers' summaries are read only for all time
    // (in the background); a period's ranking reads the few it shows.
    private async Task<QuoteTallies> TallyQuotesAsync(CancellationToken cancellationToken)
    {
        if (reader is IQuoteLinkReader linkReader)
        {
            var links = await linkReader.GetQuoteLinksAsync(Period, cancellationToken);
            return await QuoteTallies.FromLinksAsync(links, id => SummaryAsync(id, cancellationToken), Period.IsAll ? RankedSpeakersPerType : 0);
        }
        return QuoteTallies.Of(await ScanQuotesAsync(new QuoteQuery(Period: Period.IsAll ? null : Period), MaxScannedQuotes, cancellationToken));
    }

    private async Task<List<QuoteRecord>> ScanQuotesAsync(QuoteQuery query, int max, CancellationToken cancellationToken)
    {
        var quotes = new List<QuoteRecord>();
        for (var offset = 0; offset < max; offset += QuoteScanPage)
        {
            var page = await reader.FindQuotesAsync(query with { Offset = offset, Limit = QuoteScanPage }, cancellationToken);
            quotes.AddRange(page);
            if (page.Count < QuoteScanPage)
            {
                break;
            }
        }
        return quotes;
    }
}
