using Graph.Core.Queries;

namespace Graph.Core.Storage;

/// <summary>
/// A store that finds shortest paths itself (Neo4j, in Cypher), rather than the caller reading every edge
/// and searching in memory. Optional: a reader that is not one is searched with QuikGraph over
/// <see cref="IGraphReader.GetEdgesAsync"/>. Answers must equal that search's: the same paths, the same order.
/// </summary>
public interface IPathFinder
{
    /// <summary>The longest hop limit the finder accepts.</summary>
    int MaxHops { get; }

    /// <summary>Whether the finder can follow quotes (<see cref="PathQuery.FollowQuotes"/>); when not, the caller searches itself.</summary>
    bool FollowsQuotes { get; }

    /// <summary>All shortest paths between two different entities, up to the query's hop limit.</summary>
    Task<EntityPaths> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default);
}
