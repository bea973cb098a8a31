using System.Collections.Immutable;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Reads entities. An entity's display name is the canonical name most articles gave it (ties broken by
/// ordinal order), its aliases every other name it was seen under: both independent of ingestion order.
/// </summary>
internal static class SqliteEntityQueries
{
    public static async Task<IReadOnlyList<EntitySummary>> SearchAsync(
        SqliteConnection connection, SqliteSummaryCache cache, EntityQuery query, CancellationToken cancellationToken)
    {
        var key = EntityId.Slug(query.Text);
        if (key.Length == 0)
        {
            return await BrowseAsync(connection, cache, query, cancellationToken);
        }
        // Ranked from the entity's search row alone (its distinct keys, comma-separated), never from its name rows:
        // a much-mentioned entity has tens of thousands of those. Keys hold only a-z, 0-9 and hyphens.
        var ids = await connection.ReadAllAsync(
            """
            SELECT e.id,
                   CASE WHEN ',' || s.search_keys || ',' LIKE '%,' || $key || ',%' THEN 0
                        WHEN ',' || s.search_keys LIKE '%,' || $key || '%' THEN 1 ELSE 2 END AS rank
            FROM entity_search s
            JOIN entities e ON e.rowid = s.rowid
            WHERE s.search_keys LIKE '%' || $key || '%'
              AND (',' || s.search_keys LIKE '%,' || $key || '%' OR s.search_keys LIKE '%-' || $key || '%')
              AND ($type IS NULL OR e.type = $type)
            ORDER BY rank, e.article_count DESC, e.id
            LIMIT $limit OFFSET $offset
            """,
            reader => reader.GetString(0),
            cancellationToken,
            ("$key", key), ("$type", query.Type is { } type ? StorageNames.Of(type) : null),
            ("$limit", query.Limit), ("$offset", query.Offset));
        var summaries = await cache.LoadAsync(connection, ids, cancellationToken);
        return ids.Select(id => summaries[id]).ToList();
    }

    /// <summary>Without search text: every entity (of the type asked), the most mentioned first.</summary>
    private static async Task<IReadOnlyList<EntitySummary>> BrowseAsync(
        SqliteConnection connection, SqliteSummaryCache cache, EntityQuery query, CancellationToken cancellationToken)
    {
        var ids = await connection.ReadAllAsync(
            query.Type is null
                ? "SELECT id FROM entities ORDER BY article_count DESC, id LIMIT $limit OFFSET $offset"
                : "SELECT id FROM entities WHERE type = $type ORDER BY article_count DESC, id LIMIT $limit OFFSET $offset",
            reader => reader.GetString(0),
            cancellationToken,
            ("$type", query.Type is { } type ? StorageNames.Of(type) : null), ("$limit", query.Limit), ("$offset", query.Offset));
        var summaries = await cache.LoadAsync(connection, ids, cancellationToken);
        return ids.Where(summaries.ContainsKey).Select(id => summaries[id]).ToList();
    }

    /// <summary>How many articles used each name of an entity, the most used first.</summary>
    public static async Task<IReadOnlyList<NameCount>> NameCountsAsync(SqliteConnection connection, string entityId, CancellationToken cancellationToken) =>
        await connection.ReadAllAsync(
            """
            SELECT name, COUNT(DISTINCT article_id) AS articles FROM entity_names WHERE entity_id = $id
            GROUP BY name ORDER BY articles DESC, name
            """,
            reader => new NameCount(reader.GetString(0), (int)reader.GetInt64(1)),
            cancellationToken,
            ("$id", entityId));

    /// <summary>Every entity's search keys from its search row (the keys of all its names, comma-separated).</summary>
    public static async Task<IReadOnlyList<EntitySearchKeys>> AllSearchKeysAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ReadAllAsync(
            "SELECT e.id, e.type, e.article_count, s.search_keys FROM entities e JOIN entity_search s ON s.rowid = e.rowid",
            reader => new EntitySearchKeys(reader.GetString(0), StorageNames.EntityTypeOf(reader.GetString(1)), (int)reader.GetInt64(2),
                [.. reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries)]),
            cancellationToken);

    /// <summary>Every entity's names with their article counts, read in one pass over the index of names by entity and name.</summary>
    public static async Task<IReadOnlyDictionary<string, ImmutableArray<NameCount>>> AllNameCountsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = await connection.ReadAllAsync(
            "SELECT entity_id, name, COUNT(DISTINCT article_id) AS articles FROM entity_names GROUP BY entity_id, name",
            reader => (Entity: reader.GetString(0), Name: new NameCount(reader.GetString(1), (int)reader.GetInt64(2))),
            cancellationToken);
        return rows
            .GroupBy(row => row.Entity, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.Select(row => row.Name).OrderByDescending(name => name.Articles).ThenBy(name => name.Name, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
    }

    /// <summary>For each of the given entities, how many articles used the name with this search key for it.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> ArticlesNamingAsync(
        SqliteConnection connection, string name, IEnumerable<string> entityIds, CancellationToken cancellationToken)
    {
        var rows = await connection.ReadAllAsync(
            """
            SELECT entity_id, COUNT(DISTINCT article_id) FROM entity_names
            WHERE entity_id IN (SELECT value FROM json_each($ids)) AND search_key = $key
            GROUP BY entity_id
            """,
            reader => (Id: reader.GetString(0), Articles: (int)reader.GetInt64(1)),
            cancellationToken,
            ("$ids", JsonSerializer.Serialize(entityIds.Distinct().ToArray())), ("$key", EntityId.Slug(name)));
        return rows.ToDictionary(row => row.Id, row => row.Articles);
    }

    /// <summary>Summaries of the given entities, by id; unknown ids are absent.</summary>
    public static async Task<Dictionary<string, EntitySummary>> LoadAsync(
        SqliteConnection connection, IEnumerable<string> entityIds, CancellationToken cancellationToken)
    {
        // One row per entity and name, counted in SQL: a much-mentioned entity has thousands of name rows.
        var rows = await connection.ReadAllAsync(
            """
            SELECT e.id, e.type, n.name, SUM(n.is_canonical), e.article_count
            FROM entities e JOIN entity_names n ON n.entity_id = e.id
            WHERE e.id IN (SELECT value FROM json_each($ids))
            GROUP BY e.id, n.name
            """,
            reader => (Id: reader.GetString(0), Type: reader.GetString(1), Name: reader.GetString(2),
                CanonicalIn: reader.GetInt64(3), Articles: (int)reader.GetInt64(4)),
            cancellationToken,
            ("$ids", JsonSerializer.Serialize(entityIds.Distinct().ToArray())));
        return rows
            .GroupBy(row => row.Id)
            .ToDictionary(group => group.Key, group =>
            {
                // A person is shown under a full name when one was ever canonical ("Ana Varga", not "Varga").
                var person = group.First().Type == StorageNames.Of(EntityType.Person);
                var name = group.Where(row => row.CanonicalIn > 0)
                    .OrderByDescending(row => person && row.Name.Trim().Contains(' '))
                    .ThenByDescending(row => row.CanonicalIn).ThenBy(row => row.Name, StringComparer.Ordinal)
                    .Select(row => row.Name)
                    .FirstOrDefault() ?? group.Min(row => row.Name)!;
                var aliases = group.Select(row => row.Name).Where(alias => alias != name)
                    .Order(StringComparer.Ordinal).ToImmutableArray();
                var first = group.First();
                return new EntitySummary(group.Key, StorageNames.EntityTypeOf(first.Type), name, aliases, first.Articles);
            });
    }
}
