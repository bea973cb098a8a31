using Graph.Core.Model;
using System.Collections.Immutable;
using Graph.Core.Queries;
using Graph.Storage.Neo4j.Internal.QueryApi;

namespace Graph.Storage.Neo4j.Internal.Reading;

/// <summary>
/// Groups the rows of read/relationships.cypher (one per supporting sentence) into relationships, in the
/// embedded store's order: type, source, target, status, role, then each one's evidence by article date and id.
/// </summary>
internal static class RelationshipRows
{
    public static IReadOnlyList<Relationship> Group(IEnumerable<QueryRecord> records)
    {
        var rows = records.Select(record => (
                Type: record.String("type"),
                Source: Records.Entity(record.Map("source")),
                Target: Records.Entity(record.Map("target")),
                Status: Records.Optional(record.NullableString("status")),
                Role: Records.Optional(record.NullableString("role")),
                Evidence: new Evidence(record.String("evidence"), Records.Article(record.Map("article")))))
            .OrderBy(row => row.Type, SqlOrder.Instance)
            .ThenBy(row => row.Source.Id, SqlOrder.Instance)
            .ThenBy(row => row.Target.Id, SqlOrder.Instance)
            .ThenBy(row => row.Status, SqlOrder.Instance)
            .ThenBy(row => row.Role, SqlOrder.Instance)
            .ThenBy(row => row.Evidence.Article.Date, SqlOrder.Instance)
            .ThenBy(row => row.Evidence.Article.Id, SqlOrder.Instance)
            .ThenBy(row => row.Evidence.Text, SqlOrder.Instance);
        return rows
            .GroupBy(row => (row.Type, SourceId: row.Source.Id, TargetId: row.Target.Id, row.Status, row.Role))
            .Select(group => new Relationship(
                ContractNames.RelationTypeOf(group.Key.Type),
                group.First().Source,
                group.First().Target,
                ContractNames.StatusOf(group.Key.Status),
                group.Key.Role,
                group.Select(row => row.Evidence).Distinct().ToImmutableArray()))
            .ToList();
    }
}
