using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;

namespace Graph.Queries.Entities;

/// <summary>Finding entities by name, and one entity's details.</summary>
public sealed class EntityQueries(IGraphReader reader, GraphSnapshotProvider snapshots)
{
    /// <summary>How long a lookup made while the graph is first loaded waits for it (shorter than the request time-out).</summary>
    public static readonly TimeSpan GraphWait = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Entities by name, from the in-memory graph's name index once it is built (it follows the store a few seconds
    /// behind), from the store before that and when no text is given (the most mentioned first).
    /// </summary>
    public async Task<Page<EntitySummary>> SearchAsync(string text, EntityType? type, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var key = EntityId.Slug(text);
        if (key.Length > 0 && snapshots.Current is { Names: { } names } snapshot)
        {
            var ids = names.Search(key, type, offset, limit + 1);
            var summaries = await snapshot.SummariesAsync(ids, cancellationToken);
            var shown = ids.Take(limit).Where(summaries.ContainsKey).Select(id => summaries[id]).ToList();
            return new Page<EntitySummary>(shown, offset, limit, ids.Count > limit);
        }
        var found = await reader.SearchEntitiesAsync(new EntityQuery(text, type, offset, limit + 1), cancellationToken);
        return new Page<EntitySummary>(found.Take(limit).ToList(), offset, limit, found.Count > limit);
    }

    public async Task<EntityDetails> DetailsAsync(EntitySummary entity, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(GraphWait, cancellationToken);
        return await EntityDetailsBuilder.BuildAsync(snapshot, entity, cancellationToken);
    }
}
