using System.Collections.Immutable;
using Graph.Core.Linking;
using Graph.Core.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The linking pass in SQL: raw entities and their name statistics are read, <see cref="EntityLinker"/>
/// decides, and only the rows of raw ids whose link changed are moved, all inside the caller's write
/// transaction (so concurrent ingest workers cannot interleave with it, and the last pass sees everything).
/// </summary>
internal sealed class SqliteEntityLinking(SqliteTransaction transaction)
{
    public const string LinksVersionKey = "links_version";

    /// <summary>The store_state key of the <see cref="EntityLinker.Version"/> the links were made with.</summary>
    public const string LinkerVersionKey = "linker_version";

    public async Task<LinkReport> RunAsync(CancellationToken cancellationToken)
    {
        var raw = await ReadRawEntitiesAsync(cancellationToken);
        var links = EntityLinker.Link(raw);
        var before = await SqliteLinkCache.ReadLinksAsync(transaction, cancellationToken);
        var after = links.ToDictionary(link => link.RawId, link => link.EntityId, StringComparer.Ordinal);
        var changed = LinkChanges.Between(before, after);
        await ExecuteAsync("DELETE FROM entity_links", cancellationToken);
        foreach (var link in links)
        {
            await ExecuteAsync("INSERT INTO entity_links (raw_id, entity_id, reason) VALUES ($raw, $entity, $reason)", cancellationToken,
                ("$raw", link.RawId), ("$entity", link.EntityId), ("$reason", link.Reason));
        }
        if (changed.Count > 0)
        {
            await MoveFactsAsync(changed, after, cancellationToken);
            var touched = changed.Select(id => before.GetValueOrDefault(id, id))
                .Concat(changed.Select(id => after.GetValueOrDefault(id, id)))
                .Distinct().Order(StringComparer.Ordinal);
            foreach (var entityId in touched)
            {
                await ExecuteAsync("INSERT OR IGNORE INTO entities (id, type) VALUES ($id, $type)", cancellationToken,
                    ("$id", entityId), ("$type", StorageNames.Of(EntityId.TypeOf(entityId) ?? EntityType.Place)));
                await ExecuteAsync(SqliteSchema.RefreshEntity, cancellationToken, ("$id", entityId));
            }
            await ExecuteAsync(
                $"INSERT INTO store_state (key, value) VALUES ('{LinksVersionKey}', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1",
                cancellationToken);
        }
        await ExecuteAsync(
            $"INSERT INTO store_state (key, value) VALUES ('{LinkerVersionKey}', $version) ON CONFLICT (key) DO UPDATE SET value = $version",
            cancellationToken, ("$version", EntityLinker.Version));
        return new LinkReport(raw.Count, links.Count, changed.Count);
    }

    private async Task<List<RawEntity>> ReadRawEntitiesAsync(CancellationToken cancellationToken)
    {
        var names = await transaction.ReadAllAsync(
            "SELECT raw_id, name, COUNT(*), SUM(is_canonical) FROM entity_names GROUP BY raw_id, name",
            r => (r.GetString(0), new NameUse(r.GetString(1), (int)r.GetInt64(2), (int)r.GetInt64(3))),
            cancellationToken);
        var articles = await transaction.ReadAllAsync(
            "SELECT raw_id, COUNT(DISTINCT article_id) FROM entity_names GROUP BY raw_id",
            r => (r.GetString(0), (int)r.GetInt64(1)),
            cancellationToken);
        return RawEntity.From(articles, names);
    }

    /// <summary>Every row that names a changed raw id gets that id's new linked id; meetings are put back in id order.</summary>
    private async Task MoveFactsAsync(List<string> changed, Dictionary<string, string> after, CancellationToken cancellationToken)
    {
        await ExecuteAsync("CREATE TEMP TABLE IF NOT EXISTS link_changes (raw_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL) WITHOUT ROWID", cancellationToken);
        await ExecuteAsync("DELETE FROM temp.link_changes", cancellationToken);
        foreach (var id in changed)
        {
            await ExecuteAsync("INSERT INTO temp.link_changes (raw_id, entity_id) VALUES ($raw, $entity)", cancellationToken,
                ("$raw", id), ("$entity", after.GetValueOrDefault(id, id)));
        }
        await ExecuteAsync(
            """
            UPDATE entity_names SET entity_id = c.entity_id FROM temp.link_changes c WHERE entity_names.raw_id = c.raw_id;
            UPDATE relations SET source_id = c.entity_id FROM temp.link_changes c WHERE relations.source_raw = c.raw_id;
            UPDATE relations SET target_id = c.entity_id FROM temp.link_changes c WHERE relations.target_raw = c.raw_id;
            UPDATE relations SET source_id = target_id, target_id = source_id, source_raw = target_raw, target_raw = source_raw
            WHERE type = 'MET' AND source_id > target_id;
            UPDATE quotes SET speaker_id = c.entity_id FROM temp.link_changes c WHERE quotes.speaker_raw = c.raw_id;
            UPDATE quote_about SET entity_id = c.entity_id FROM temp.link_changes c WHERE quote_about.raw_id = c.raw_id;
            DELETE FROM temp.link_changes;
            """,
            cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = transaction.Command(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
