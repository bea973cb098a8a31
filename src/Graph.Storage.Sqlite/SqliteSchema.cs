namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded store's tables. Every fact row carries the article it came from, so that replacing an
/// article is "delete its rows, insert the new ones" inside one transaction, and merged views (an entity's
/// names, a relationship's evidence) are computed on read, independent of the order articles arrived in.
/// Every fact also keeps the raw entity id its article gave (<c>*_raw</c>, <c>raw_id</c>) beside the linked
/// id that cross-article linking chose (<c>entity_links</c>), so linking can change without re-extracting.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Kept in PRAGMA user_version; a database of an older version is rebuilt from its article archive at start-up.</summary>
    public const int Version = 3;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            title TEXT,
            url TEXT,
            date TEXT,
            outlet TEXT,
            text TEXT NOT NULL,
            graph_json TEXT NOT NULL,
            extractor_version INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            article_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS entities_by_type_and_articles ON entities(type, article_count DESC, id);
        CREATE INDEX IF NOT EXISTS entities_by_articles ON entities(article_count DESC, id);
        CREATE TABLE IF NOT EXISTS entity_names (
            raw_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            name TEXT NOT NULL,
            search_key TEXT NOT NULL,
            is_canonical INTEGER NOT NULL,
            PRIMARY KEY (raw_id, article_id, name)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entity_names_by_entity ON entity_names(entity_id, article_id, search_key);
        CREATE INDEX IF NOT EXISTS entity_names_by_article ON entity_names(article_id);
        CREATE TABLE IF NOT EXISTS entity_links (
            raw_id TEXT PRIMARY KEY,
            entity_id TEXT NOT NULL,
            reason TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entity_links_by_entity ON entity_links(entity_id);
        CREATE TABLE IF NOT EXISTS store_state (
            key TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS relations (
            article_id TEXT NOT NULL,
            type TEXT NOT NULL,
            source_raw TEXT NOT NULL,
            target_raw TEXT NOT NULL,
            source_id TEXT NOT NULL,
            target_id TEXT NOT NULL,
            status TEXT,
            role TEXT,
            evidence TEXT NOT NULL,
            article_date TEXT
        );
        CREATE INDEX IF NOT EXISTS relations_by_source ON relations(source_id);
        CREATE INDEX IF NOT EXISTS relations_by_target ON relations(target_id);
        CREATE INDEX IF NOT EXISTS relations_by_article ON relations(article_id);
        CREATE TABLE IF NOT EXISTS quotes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            speaker_raw TEXT NOT NULL,
            speaker_id TEXT NOT NULL,
            text TEXT NOT NULL,
            cue TEXT NOT NULL,
            start INTEGER NOT NULL,
            article_date TEXT
        );
        CREATE INDEX IF NOT EXISTS quotes_by_speaker ON quotes(speaker_id);
        CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes(article_id);
        CREATE TABLE IF NOT EXISTS quote_about (
            quote_id TEXT NOT NULL,
            raw_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            article_date TEXT,
            article_id TEXT,
            start INTEGER,
            PRIMARY KEY (quote_id, raw_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS quote_about_by_entity ON quote_about(entity_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS entity_search USING fts5(search_keys, tokenize = 'trigram');
        """;

    /// <summary>
    /// Indexes added after version 3 was released, created at every start (a no-op once there): articles by date,
    /// so the quotes and relationships of a period are read from the period's articles; entity names by entity and
    /// name, so an entity's summary (its names, how often each was canonical, in how many articles) is read from
    /// the index alone (a much-mentioned entity's details: 1.2-1.7 s to 0.3-0.45 s on news-37k); relations by their
    /// ends, type and status, so the relationships between two entities are found directly (a path's steps between
    /// two much-related entities) and the statistics and the in-memory graph's edges are read from the index alone;
    /// relations by type and source with role and article, so the speakers holding a role or affiliation (quotes by
    /// speakerRole, speakerAffiliation) are read from the index alone; relations by relationship, article date and sentence, so a
    /// relationship's first sentences are read in date order from the index alone (a head of state's leadership has
    /// thousands), which also serves what relations_by_ends served; quotes by speaker and article date, and their
    /// subjects by entity and the quote's article date and position, so a speaker's or a subject's first page of quotes
    /// is read in date order without sorting all of them.
    /// </summary>
    public const string CreateLaterIndexes = """
        CREATE INDEX IF NOT EXISTS articles_by_date ON articles(date);
        CREATE INDEX IF NOT EXISTS entity_names_by_entity_name ON entity_names(entity_id, name, is_canonical, article_id);
        DROP INDEX IF EXISTS relations_by_ends;
        DROP INDEX IF EXISTS relations_by_key_date;
        CREATE INDEX IF NOT EXISTS relations_by_relationship ON relations(source_id, target_id, type, status, role, article_date, article_id, evidence);
        CREATE INDEX IF NOT EXISTS quotes_by_speaker_date ON quotes(speaker_id, article_date, article_id, start);
        CREATE INDEX IF NOT EXISTS quote_about_by_entity_date ON quote_about(entity_id, article_date, article_id, start, quote_id);
        CREATE INDEX IF NOT EXISTS relations_by_type_source ON relations(type, source_id, target_id, role, article_id);
        """;

    /// <summary>
    /// Columns added after version 3 was released, each with the statement that fills it on a database made before it:
    /// the date of the article each relation and quote came from, copied from the article (an article's facts are
    /// rewritten with it, so the copy never goes stale), and a quote's article and position beside each of its
    /// subjects, so that date order is an index's order.
    /// </summary>
    public static readonly IReadOnlyList<(string Table, string Column, string Fill)> LaterColumns =
    [
        ("relations", "article_date TEXT", "UPDATE relations SET article_date = (SELECT a.date FROM articles a WHERE a.id = relations.article_id)"),
        ("quotes", "article_date TEXT", "UPDATE quotes SET article_date = (SELECT a.date FROM articles a WHERE a.id = quotes.article_id)"),
        ("quote_about", "article_date TEXT", "UPDATE quote_about SET article_date = (SELECT q.article_date FROM quotes q WHERE q.id = quote_about.quote_id)"),
        ("quote_about", "article_id TEXT", "UPDATE quote_about SET article_id = (SELECT q.article_id FROM quotes q WHERE q.id = quote_about.quote_id)"),
        ("quote_about", "start INTEGER", "UPDATE quote_about SET start = (SELECT q.start FROM quotes q WHERE q.id = quote_about.quote_id)"),
    ];

    /// <summary>The fact tables of every earlier version: dropped and rebuilt from the articles' stored graphs.</summary>
    public const string DropFacts = """
        DROP TABLE IF EXISTS entities;
        DROP TABLE IF EXISTS entity_names;
        DROP TABLE IF EXISTS entity_links;
        DROP TABLE IF EXISTS store_state;
        DROP TABLE IF EXISTS relations;
        DROP TABLE IF EXISTS quotes;
        DROP TABLE IF EXISTS quote_about;
        DROP TABLE IF EXISTS entity_search;
        """;

    /// <summary>
    /// Brings the entity <c>$id</c> up to date with its names: its search row (all its search keys) and its
    /// article count; an entity no article names any more is removed with its search row.
    /// </summary>
    public const string RefreshEntity = """
        DELETE FROM entity_search WHERE rowid = (SELECT rowid FROM entities WHERE id = $id);
        INSERT INTO entity_search (rowid, search_keys)
        SELECT e.rowid, group_concat(DISTINCT n.search_key)
        FROM entities e JOIN entity_names n ON n.entity_id = e.id
        WHERE e.id = $id
        GROUP BY e.rowid;
        UPDATE entities SET article_count = (SELECT COUNT(DISTINCT article_id) FROM entity_names WHERE entity_id = $id) WHERE id = $id;
        DELETE FROM entities WHERE id = $id AND article_count = 0;
        """;

    /// <summary>Brings the article count of the entity <c>$id</c> up to date (its search row already holds all its names).</summary>
    public const string RefreshEntityCount =
        "UPDATE entities SET article_count = (SELECT COUNT(DISTINCT article_id) FROM entity_names WHERE entity_id = $id) WHERE id = $id;";

    /// <summary>The linked id of a raw id: its link, or itself.</summary>
    public const string LinkedId = "COALESCE((SELECT l.entity_id FROM entity_links l WHERE l.raw_id = {0}), {0})";
}
