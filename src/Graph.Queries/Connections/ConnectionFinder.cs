using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Algorithms.ShortestPaths;
using Graph.Queries.Graphs;

namespace Graph.Queries.Connections;

/// <summary>
/// Finds the shortest paths the connections endpoint explains, and is the one place that decides how: by the
/// store itself when it is an <see cref="IPathFinder"/> able to answer the query (Neo4j, in Cypher), otherwise with
/// QuikGraph over the in-memory snapshot (the embedded store, and paths through quotes). Both give the same
/// paths in the same order.
/// </summary>
public sealed class ConnectionFinder(IGraphReader reader)
{
    public async Task<ShortestPaths<string>> FindAsync(GraphSnapshot snapshot, PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        // The store's finder knows only the whole graph: a period's paths are searched in its snapshot.
        if (snapshot.Period.IsAll && StoreFinderFor(query) is { } finder)
        {
            var found = await finder.FindShortestPathsAsync(query, cancellationToken);
            return new ShortestPaths<string>(found.Hops, found.Total, found.Paths);
        }
        var graph = query.FollowQuotes ? await snapshot.GraphWithQuotesAsync(cancellationToken) : snapshot.Graph;
        return new AllShortestPathsAlgorithm<string, EntityLink>(graph, StringComparer.Ordinal)
            .Compute(query.FromId, query.ToId, query.MaxHops, query.Limit, cancellationToken);
    }

    /// <summary>The store's own path finder when it can answer this query; null when QuikGraph searches instead.</summary>
    public IPathFinder? StoreFinderFor(PathQuery query) =>
        reader is IPathFinder finder && (!query.FollowQuotes || finder.FollowsQuotes) && query.MaxHops <= finder.MaxHops ? finder : null;
}
