using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Queries.Relationships;

/// <summary>An entity's relationships seen from its side, optionally only those with one other entity, or in one period.</summary>
public sealed class RelationshipQueries(IGraphReader reader)
{
    public async Task<Page<RelationshipView>> GetAsync(
        string entityId, RelationType? type, string? otherId, int offset, int limit, Period? period = null, CancellationToken cancellationToken = default)
    {
        var read = otherId is null
            ? await reader.GetRelationshipsAsync(entityId, type, period ?? Period.All, cancellationToken)
            : (await reader.GetRelationshipsBetweenAsync(entityId, otherId, period ?? Period.All, cancellationToken))
                .Where(r => type is null || r.Type == type).ToList();
        var relationships = read.Select(r => RelationshipView.From(r, entityId)).ToList();
        var page = relationships.Skip(offset).Take(limit).ToList();
        return new Page<RelationshipView>(page, offset, limit, relationships.Count > offset + limit);
    }
}
