using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Loading an empty store in bulk: every secondary index is dropped first and built once at the end (a sort,
/// instead of hundreds of thousands of inserts at random places in indexes larger than the page cache), and the
/// entities' article counts and search rows are computed once, set-based, instead of after every batch. Both are
/// derived data: a load that stops midway leaves a flag in the same transactions as its facts, and the next start
/// (<see cref="SqliteGraphStore.InitializeAsync"/>) rebuilds them, so a crash loses nothing.
/// </summary>
internal static class SqliteBulkLoad
{
    public const string AggregatesStaleKey = "aggregates_stale";

    /// <summary>Marks, inside a batch's transaction, that entity counts and search rows lag behind its facts.</summary>
    public const string MarkAggregatesStale =
        $"INSERT INTO store_state (key, value) VALUES ('{AggregatesStaleKey}', 1) ON CONFLICT (key) DO NOTHING";

    /// <summary>
    /// Every entity's article count and search row from its names (an entity no article names is removed), as
    /// <see cref="SqliteSchema.RefreshEntity"/> makes them one at a time.
    /// </summary>
    private const string RefreshAllEntities = $"""
        UPDATE entities SET article_count = (SELECT COUNT(DISTINCT n.article_id) FROM entity_names n WHERE n.entity_id = entities.id);
        DELETE FROM entities WHERE article_count = 0;
        DELETE FROM entity_search;
        INSERT INTO entity_search (rowid, search_keys)
        SELECT e.rowid, group_concat(DISTINCT n.search_key)
        FROM entities e JOIN entity_names n ON n.entity_id = e.id
        GROUP BY e.rowid;
        DELETE FROM store_state WHERE key = '{AggregatesStaleKey}';
        """;

    /// <summary>
    /// When the store holds no article yet, drops its secondary indexes and returns true: the writes that follow
    /// may leave aggregates to <see cref="CompleteAsync"/>. A store with articles is left as it is.
    /// </summary>
    public static async Task<bool> BeginAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var any = transaction.Command("SELECT EXISTS (SELECT 1 FROM articles)"))
        {
            if ((long)(await any.ExecuteScalarAsync(cancellationToken))! != 0)
            {
                return false;
            }
        }
        // Indexes SQLite made for a primary key or UNIQUE constraint have no SQL and stay: the writes look rows up by them.
        var indexes = await transaction.ReadAllAsync(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL", reader => reader.GetString(0), cancellationToken);
        foreach (var index in indexes)
        {
            await using var drop = transaction.Command($"DROP INDEX \"{index.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
        return true;
    }

    /// <summary>Creates every index that is missing, then, if a bulk load left them stale, every entity's count and search row.</summary>
    public static async Task CompleteAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await AddLaterColumnsAsync(transaction, cancellationToken);
        await using (var indexes = transaction.Command(SqliteSchema.Create + SqliteSchema.CreateLaterIndexes))
        {
            await indexes.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var stale = transaction.Command($"SELECT EXISTS (SELECT 1 FROM store_state WHERE key = '{AggregatesStaleKey}')"))
        {
            if ((long)(await stale.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                return;
            }
        }
        await using var refresh = transaction.Command(RefreshAllEntities);
        await refresh.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds and fills the columns of <see cref="SqliteSchema.LaterColumns"/> that a database made before them lacks.</summary>
    private static async Task AddLaterColumnsAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var (table, column, fill) in SqliteSchema.LaterColumns)
        {
            var name = column.Split(' ')[0];
            await using (var exists = transaction.Command($"SELECT EXISTS (SELECT 1 FROM pragma_table_info('{table}') WHERE name = '{name}')"))
            {
                if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! != 0)
                {
                    continue;
                }
            }
            await using var add = transaction.Command($"ALTER TABLE {table} ADD COLUMN {column}; {fill};");
            await add.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
