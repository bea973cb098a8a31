using Graph.Core.Model;
using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Replaces one article's rows inside the caller's transaction: its old facts go, its new facts come,
/// and the article row (the completion marker) is written last.
/// </summary>
internal sealed class SqliteArticleWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    /// <summary>Entities whose names may have changed in this transaction: their search rows are rewritten.</summary>
    private readonly HashSet<string> touchedEntities = [];

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
            WriteRelation(article.Id, relation);
        }
        foreach (var quote in graph.Quotes)
        {
            WriteQuote(article.Id, quote);
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
    /// Rewrites the search row of every entity the transaction touched: all its search keys, or no row when
    /// no article names it any more. Call before <see cref="DeleteOrphanEntities"/>, which removes those.
    /// </summary>
    public void RefreshSearchIndex()
    {
        foreach (var entityId in touchedEntities)
        {
            Execute("DELETE FROM entity_search WHERE rowid = (SELECT rowid FROM entities WHERE id = $id)", ("$id", entityId));
            Execute(
                """
                INSERT INTO entity_search (rowid, search_keys)
                SELECT e.rowid, group_concat(DISTINCT n.search_key)
                FROM entities e JOIN entity_names n ON n.entity_id = e.id
                WHERE e.id = $id
                GROUP BY e.rowid
                """,
                ("$id", entityId));
        }
        touchedEntities.Clear();
    }

    /// <summary>Entities no article names any more are dropped, so a re-extraction leaves nothing stale.</summary>
    public void DeleteOrphanEntities() =>
        Execute("DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = entities.id)");

    private void DeleteFacts(string articleId)
    {
        using (var named = Command("SELECT DISTINCT entity_id FROM entity_names WHERE article_id = $id", ("$id", articleId)))
        using (var reader = named.ExecuteReader())
        {
            while (reader.Read())
            {
                touchedEntities.Add(reader.GetString(0));
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
        touchedEntities.Add(entity.Id);
        Execute("INSERT OR IGNORE INTO entities (id, type) VALUES ($id, $type)",
            ("$id", entity.Id), ("$type", StorageNames.Of(entity.Type)));
        WriteName(articleId, entity.Id, entity.Name, isCanonical: true);
        foreach (var alias in entity.Aliases.Where(alias => alias != entity.Name))
        {
            WriteName(articleId, entity.Id, alias, isCanonical: false);
        }
    }

    private void WriteName(string articleId, string entityId, string name, bool isCanonical) =>
        Execute(
            """
            INSERT OR IGNORE INTO entity_names (entity_id, article_id, name, search_key, is_canonical)
            VALUES ($entity, $article, $name, $key, $canonical)
            """,
            ("$entity", entityId), ("$article", articleId), ("$name", name),
            ("$key", EntityId.Slug(name)), ("$canonical", isCanonical ? 1 : 0));

    private void WriteRelation(string articleId, Relation relation)
    {
        // MET is symmetric: one direction, by id order, so both spellings of a meeting merge.
        var (source, target) = relation.Type == RelationType.Met && string.CompareOrdinal(relation.Source, relation.Target) > 0
            ? (relation.Target, relation.Source)
            : (relation.Source, relation.Target);
        Execute(
            """
            INSERT INTO relations (article_id, type, source_id, target_id, status, role, evidence)
            VALUES ($article, $type, $source, $target, $status, $role, $evidence)
            """,
            ("$article", articleId), ("$type", ContractNames.Of(relation.Type)), ("$source", source), ("$target", target),
            ("$status", ContractNames.Of(relation.Status)), ("$role", relation.Role), ("$evidence", relation.Evidence.Text));
    }

    private void WriteQuote(string articleId, Quote quote)
    {
        var quoteId = QuoteIds.For(articleId, quote.Start);
        Execute(
            """
            INSERT OR REPLACE INTO quotes (id, article_id, speaker_id, text, cue, start)
            VALUES ($id, $article, $speaker, $text, $cue, $start)
            """,
            ("$id", quoteId), ("$article", articleId), ("$speaker", quote.Speaker), ("$text", quote.Text),
            ("$cue", quote.Cue), ("$start", quote.Start));
        foreach (var about in quote.About.Distinct())
        {
            Execute("INSERT OR IGNORE INTO quote_about (quote_id, entity_id) VALUES ($quote, $entity)",
                ("$quote", quoteId), ("$entity", about));
        }
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>A command in this writer's transaction, built by the shared <see cref="SqliteCommands.Command"/>.</summary>
    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, parameters);
        command.Transaction = transaction;
        return command;
    }
}
