namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded store's tables. Every fact row carries the article it came from, so that replacing an
/// article is "delete its rows, insert the new ones" inside one transaction, and merged views (an entity's
/// names, a relationship's evidence) are computed on read, independent of the order articles arrived in.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Kept in PRAGMA user_version; a database of an older version is brought up to date at start-up.</summary>
    public const int Version = 2;

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
            type TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS entity_names (
            entity_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            name TEXT NOT NULL,
            search_key TEXT NOT NULL,
            is_canonical INTEGER NOT NULL,
            PRIMARY KEY (entity_id, article_id, name)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entity_names_by_article ON entity_names(article_id);
        CREATE TABLE IF NOT EXISTS relations (
            article_id TEXT NOT NULL,
            type TEXT NOT NULL,
            source_id TEXT NOT NULL,
            target_id TEXT NOT NULL,
            status TEXT,
            role TEXT,
            evidence TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS relations_by_source ON relations(source_id);
        CREATE INDEX IF NOT EXISTS relations_by_target ON relations(target_id);
        CREATE INDEX IF NOT EXISTS relations_by_article ON relations(article_id);
        CREATE TABLE IF NOT EXISTS quotes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            speaker_id TEXT NOT NULL,
            text TEXT NOT NULL,
            cue TEXT NOT NULL,
            start INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS quotes_by_speaker ON quotes(speaker_id);
        CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes(article_id);
        CREATE TABLE IF NOT EXISTS quote_about (
            quote_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            PRIMARY KEY (quote_id, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS quote_about_by_entity ON quote_about(entity_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS entity_search USING fts5(search_keys, tokenize = 'trigram');
        """;

    /// <summary>
    /// Fills the search index from the names (for databases made before it existed). One row per entity,
    /// with the entity's rowid, holding all its search keys separated by commas (keys never contain one).
    /// </summary>
    public const string RebuildSearch = """
        DELETE FROM entity_search;
        INSERT INTO entity_search (rowid, search_keys)
        SELECT e.rowid, (SELECT group_concat(DISTINCT n.search_key) FROM entity_names n WHERE n.entity_id = e.id)
        FROM entities e;
        """;
}
