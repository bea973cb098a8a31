using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.TestSupport;

/// <summary>A reader over a fixed list of entities, matching search text the way the stores do (slug contains).</summary>
public sealed class FakeGraphReader(params EntitySummary[] entities) : IGraphReader, INameStatistics
{
    public int Searches { get; private set; }

    /// <summary>How many articles named each entity so, by folded name and entity id (none unless a test sets them).</summary>
    public Dictionary<(string Name, string EntityId), int> ArticlesNaming { get; } = [];

    public Task<IReadOnlyList<NameCount>> GetNameCountsAsync(string entityId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<NameCount>>([]);

    public Task<IReadOnlyDictionary<string, int>> CountArticlesNamingAsync(string name, IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(entityIds.ToDictionary(id => id, id => ArticlesNaming.GetValueOrDefault((EntityId.Slug(name), id))));

    public static EntitySummary Person(string name, params string[] aliases) =>
        new(EntityId.For(EntityType.Person, name), EntityType.Person, name, [.. aliases], 1);

    public Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        Searches++;
        var key = EntityId.Slug(query.Text);
        IReadOnlyList<EntitySummary> found = entities
            .Where(entity => new[] { entity.Name }.Concat(entity.Aliases).Any(name => EntityId.Slug(name).Contains(key, StringComparison.Ordinal)))
            .Skip(query.Offset).Take(query.Limit).ToList();
        return Task.FromResult(found);
    }

    public Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default) =>
        Task.FromResult(entities.FirstOrDefault(entity => entity.Id == entityId));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Relationship>>([]);

    public Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<QuoteRecord>>([]);

    public Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ArticleReference?>(null);

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GraphEdge>>([]);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new GraphStatistics(0, entities.Length, 0, 0, 0, 0, 0, 0));
}
