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
        var relationships = (await reader.GetRelationshipsAsync(entityId, type, period ?? Period.All, cancellationToken))
            .Select(r => RelationshipView.From(r, entityId))
            .Where(view => otherId is null || view.Other.Id == otherId)
            .ToList();
        var page = relationships.Skip(offset).Take(limit).ToList();
        return new Page<RelationshipView>(page, offset, limit, relationships.Count > offset + limit);
    }
}
