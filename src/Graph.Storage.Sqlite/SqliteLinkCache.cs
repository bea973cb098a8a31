using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The store's raw-id → linked-id map, read again only when a linking pass has changed it (it bumps a
/// version number), so writing a batch costs one small query instead of reading every link.
/// </summary>
internal sealed class SqliteLinkCache
{
    private readonly Lock gate = new();
    private (long Version, IReadOnlyDictionary<string, string> Links) current = (-1, new Dictionary<string, string>());

    public async Task<IReadOnlyDictionary<string, string>> CurrentAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var version = transaction.Command(
            $"SELECT COALESCE((SELECT value FROM store_state WHERE key = '{SqliteEntityLinking.LinksVersionKey}'), 0)");
        var stored = (long)(await version.ExecuteScalarAsync(cancellationToken))!;
        lock (gate)
        {
            if (current.Version == stored)
            {
                return current.Links;
            }
        }
        var links = await ReadLinksAsync(transaction, cancellationToken);
        lock (gate)
        {
            current = (stored, links);
        }
        return links;
    }

    /// <summary>Every stored link: raw id → the entity it stands for.</summary>
    public static async Task<Dictionary<string, string>> ReadLinksAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = await transaction.ReadAllAsync("SELECT raw_id, entity_id FROM entity_links",
            reader => (Raw: reader.GetString(0), Entity: reader.GetString(1)), cancellationToken);
        return rows.ToDictionary(row => row.Raw, row => row.Entity, StringComparer.Ordinal);
    }
}
