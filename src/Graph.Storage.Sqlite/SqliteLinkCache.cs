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

    public async Task<IReadOnlyDictionary<string, string>> CurrentAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var version = connection.Command(
            $"SELECT COALESCE((SELECT value FROM store_state WHERE key = '{SqliteEntityLinking.LinksVersionKey}'), 0)");
        version.Transaction = transaction;
        var stored = (long)(await version.ExecuteScalarAsync(cancellationToken))!;
        lock (gate)
        {
            if (current.Version == stored)
            {
                return current.Links;
            }
        }
        await using var read = connection.Command("SELECT raw_id, entity_id FROM entity_links");
        read.Transaction = transaction;
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            links[reader.GetString(0)] = reader.GetString(1);
        }
        lock (gate)
        {
            current = (stored, links);
        }
        return links;
    }
}
