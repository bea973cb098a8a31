using Graph.Core.Model;
using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Replaces one article's rows inside the caller's transaction: its old facts go, its new facts come,
/// and the article row (the completion marker) is written last. Facts keep the raw ids the extractor gave
/// and the linked ids of <paramref name="links"/>.
/// </summary>
internal sealed class SqliteArticleWriter(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyDictionary<string, string> links)
    : IDisposable
{
    /// <summary>Each statement is compiled once per transaction and run again with new values (most of ingest's cost otherwise).</summary>
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    /// <summary>Entities whose names may have changed in this transaction: their search rows are rewritten.</summary>
    private readonly HashSet<string> touchedEntities = [];

    /// <summary>The search keys this transaction added, per entity: when its search row holds them all, it stays.</summary>
    private readonly Dictionary<string, HashSet<string>> addedKeys = new(StringComparer.Ordinal);

    /// <summary>Entities that lost names in this transaction (an article written again): their rows are rebuilt.</summary>
    private readonly HashSet<string> shrunkEntities = new(StringComparer.Ordinal);

    public void Write(ExtractedArticle extracted)
    {
        var (article, graph) = (extracted.Article, extracted.Graph);
        DeleteFacts(article.Id);
        foreach (var entity in graph.Entities)
        {
            WriteEntity(article.Id, entity);
        }
        foreach (var relation in graph.Relations)
        {
            WriteRelation(article.Id, article.Date, relation);
        }
        foreach (var quote in graph.Quotes)
        {
            WriteQuote(article.Id, article.Date, quote);
        }
        Execute(
            """
            INSERT OR REPLACE INTO articles (id, source, title, url, date, outlet, text, graph_json, extractor_version)
            VALUES ($id, $source, $title, $url, $date, $outlet, $text, $graph, $version)
            """,
            ("$id", article.Id), ("$source", article.Source), ("$title", article.Title), ("$url", article.Url),
            ("$date", article.Date), ("$outlet", graph.Outlet ?? article.Outlet), ("$text", article.Text),
            ("$graph", GraphJson.Serialize(graph)), ("$version", extracted.ExtractorVersion));
    }

    /// <summary>
    /// Brings every entity the transaction touched up to date: its search row and article count, or, when
    /// no article names it any more, removes it, so a re-extraction leaves nothing stale.
    /// </summary>
    public void RefreshTouchedEntities()
    {
        foreach (var entityId in touchedEntities.Order(StringComparer.Ordinal))
        {
            // A much-mentioned entity gains articles in nearly every batch but rarely a new name: rebuilding its
            // search row each time would read all its names again, so only its count is brought up to date.
            var searchRowHoldsAll = !shrunkEntities.Contains(entityId) && SearchKeys(entityId) is { } stored
                && addedKeys.GetValueOrDefault(entityId, []).IsSubsetOf(stored);
            Execute(searchRowHoldsAll ? SqliteSchema.RefreshEntityCount : SqliteSchema.RefreshEntity, ("$id", entityId));
        }
        touchedEntities.Clear();
        addedKeys.Clear();
        shrunkEntities.Clear();
    }

    /// <summary>Records that this transaction left entity counts and search rows for the end of a bulk load.</summary>
    public void MarkAggregatesStale() => Execute(SqliteBulkLoad.MarkAggregatesStale);

    private void DeleteFacts(string articleId)
    {
        // An article's facts are written in the transaction that writes its row: an article not stored has none, and
        // looking for them by article would scan whole tables while a bulk load has dropped the indexes.
        if (Command("SELECT 1 FROM articles WHERE id = $id", ("$id", articleId)).ExecuteScalar() is null)
        {
            return;
        }
        using (var reader = Command("SELECT DISTINCT entity_id FROM entity_names WHERE article_id = $id", ("$id", articleId)).ExecuteReader())
        {
            while (reader.Read())
            {
                touchedEntities.Add(reader.GetString(0));
                shrunkEntities.Add(reader.GetString(0));
            }
        }
        Execute("DELETE FROM articles WHERE id = $id", ("$id", articleId));
        Execute("DELETE FROM entity_names WHERE article_id = $id", ("$id", articleId));
        Execute("DELETE FROM relations WHERE article_id = $id", ("$id", articleId));
        Execute("DELETE FROM quote_about WHERE quote_id IN (SELECT id FROM quotes WHERE article_id = $id)", ("$id", articleId));
        Execute("DELETE FROM quotes WHERE article_id = $id", ("$id", articleId));
    }

    private void WriteEntity(string articleId, Entity entity)
    {
        var linked = Linked(entity.Id);
        touchedEntities.Add(linked);
        Execute("INSERT OR IGNORE INTO entities (id, type) VALUES ($id, $type)",
            ("$id", linked), ("$type", StorageNames.Of(EntityId.TypeOf(linked) ?? entity.Type)));
        WriteName(articleId, entity.Id, linked, entity.Name, isCanonical: true);
        foreach (var alias in entity.Aliases.Where(alias => alias != entity.Name))
        {
            WriteName(articleId, entity.Id, linked, alias, isCanonical: false);
        }
    }

    private void WriteName(string articleId, string rawId, string entityId, string name, bool isCanonical)
    {
        if (!addedKeys.TryGetValue(entityId, out var keys))
        {
            addedKeys[entityId] = keys = new HashSet<string>(StringComparer.Ordinal);
        }
        keys.Add(EntityId.Slug(name));
        Execute(
            """
            INSERT OR IGNORE INTO entity_names (raw_id, entity_id, article_id, name, search_key, is_canonical)
            VALUES ($raw, $entity, $article, $name, $key, $canonical)
            """,
            ("$raw", rawId), ("$entity", entityId), ("$article", articleId), ("$name", name),
            ("$key", EntityId.Slug(name)), ("$canonical", isCanonical ? 1 : 0));
    }

    /// <summary>The search keys in the entity's search row, or null when it has none.</summary>
    private HashSet<string>? SearchKeys(string entityId) =>
        Command("SELECT s.search_keys FROM entity_search s JOIN entities e ON e.rowid = s.rowid WHERE e.id = $id", ("$id", entityId))
            .ExecuteScalar() is string keys ? keys.Split(',').ToHashSet(StringComparer.Ordinal) : null;

    private void WriteRelation(string articleId, string? articleDate, Relation relation)
    {
        var (source, target) = MeetingOrder.Of(relation.Type,
            (relation.Source, Linked(relation.Source)), (relation.Target, Linked(relation.Target)));
        Execute(
            """
            INSERT INTO relations (article_id, type, source_raw, target_raw, source_id, target_id, status, role, evidence, article_date)
            VALUES ($article, $type, $sourceRaw, $targetRaw, $source, $target, $status, $role, $evidence, $date)
            """,
            ("$article", articleId), ("$date", articleDate), ("$type", ContractNames.Of(relation.Type)),
            ("$sourceRaw", source.Raw), ("$targetRaw", target.Raw), ("$source", source.Linked), ("$target", target.Linked),
            ("$status", ContractNames.Of(relation.Status)), ("$role", relation.Role), ("$evidence", relation.Evidence.Text));
    }

    private string Linked(string rawId) => links.GetValueOrDefault(rawId, rawId);

    private void WriteQuote(string articleId, string? articleDate, Quote quote)
    {
        var quoteId = QuoteIds.For(articleId, quote.Start);
        Execute(
            """
            INSERT OR REPLACE INTO quotes (id, article_id, speaker_raw, speaker_id, text, cue, start, article_date)
            VALUES ($id, $article, $speakerRaw, $speaker, $text, $cue, $start, $date)
            """,
            ("$id", quoteId), ("$date", articleDate), ("$article", articleId), ("$speakerRaw", quote.Speaker), ("$speaker", Linked(quote.Speaker)), ("$text", quote.Text),
            ("$cue", quote.Cue), ("$start", quote.Start));
        foreach (var about in quote.About.Distinct())
        {
            Execute(
                """
                INSERT OR IGNORE INTO quote_about (quote_id, raw_id, entity_id, article_date, article_id, start)
                VALUES ($quote, $raw, $entity, $date, $article, $start)
                """,
                ("$quote", quoteId), ("$raw", about), ("$entity", Linked(about)), ("$date", articleDate), ("$article", articleId), ("$start", quote.Start));
        }
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteNonQuery();

    /// <summary>
    /// The writer's command for this SQL, in its transaction: made and prepared the first time, then given the new
    /// values. Every call with one SQL text passes the same parameter names.
    /// </summary>
    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (prepared.TryGetValue(sql, out var command))
        {
            foreach (var (name, value) in parameters)
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            return command;
        }
        command = connection.Command(sql, parameters);
        command.Transaction = transaction;
        command.Prepare();
        prepared[sql] = command;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in prepared.Values)
        {
            command.Dispose();
        }
        prepared.Clear();
    }
}
