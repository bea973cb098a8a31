using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Graphs;

namespace Graph.Queries.Relationships;

/// <summary>
/// Relationships answered from the in-memory graph's counted edges (role, article count, first and last date), with
/// only the sentences shown read from the store: a much-related entity's relationships are thousands of sentences,
/// and reading them all to show the first few is what made its lookups slow.
/// </summary>
internal static class CountedRelationships
{
    /// <summary>An entity's edges in the order the stores list relationships: type, source, target, status, role.</summary>
    public static IEnumerable<GraphEdge> InStoreOrder(IEnumerable<GraphEdge> edges) =>
        edges.OrderBy(edge => ContractNames.Of(edge.Type), StringComparer.Ordinal)
            .ThenBy(edge => edge.SourceId, StringComparer.Ordinal)
            .ThenBy(edge => edge.TargetId, StringComparer.Ordinal)
            .ThenBy(edge => ContractNames.Of(edge.Status), StringComparer.Ordinal)
            .ThenBy(edge => edge.Role, StringComparer.Ordinal);

    /// <summary>The edges as relationships seen from <paramref name="entityId"/>, each with its first <paramref name="maxEvidence"/> sentences.</summary>
    public static async Task<IReadOnlyList<RelationshipView>> ViewAsync(
        IGraphReader reader, GraphSnapshot snapshot, IReadOnlyList<GraphEdge> edges, string entityId, int maxEvidence, CancellationToken cancellationToken)
    {
        var summaries = await snapshot.SummariesAsync(edges.SelectMany(edge => new[] { edge.SourceId, edge.TargetId }), cancellationToken);
        // An edge can outlive its entity for a moment while an article is being replaced; it is left out then.
        var known = edges.Where(edge => summaries.ContainsKey(edge.SourceId) && summaries.ContainsKey(edge.TargetId)).ToList();
        var shown = await reader.GetEvidenceAsync([.. known.Select(edge => edge.Key)], snapshot.Period, maxEvidence, cancellationToken);
        return [.. known.Select((edge, i) => RelationshipView.From(edge, summaries[edge.SourceId], summaries[edge.TargetId], shown[i], entityId))];
    }
}
