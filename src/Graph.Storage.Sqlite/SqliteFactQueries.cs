using System.Collections.Immutable;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Reads relationships and quotes, merged over the articles that support them.</summary>
internal static class SqliteFactQueries
{
    private const string ArticleColumns = "a.id, a.source, a.title, a.url, a.date, a.outlet";

    public static Task<IReadOnlyList<Relationship>> RelationshipsAsync(
        SqliteConnection connection, SqliteSummaryCache cache, string entityId, RelationType? type, Period period, CancellationToken cancellationToken) =>
        ReadRelationshipsAsync(
            connection, cache,
            "(r.source_id = $id OR r.target_id = $id) AND ($type IS NULL OR r.type = $type)",
            period, cancellationToken, ("$id", entityId), ("$type", type is { } t ? ContractNames.Of(t) : null));

    /// <summary>The relationships between two entities, found from the index of relations by their ends.</summary>
    public static Task<IReadOnlyList<Relationship>> RelationshipsBetweenAsync(
        SqliteConnection connection, SqliteSummaryCache cache, string entityId, string otherId, Period period, CancellationToken cancellationToken) =>
        ReadRelationshipsAsync(
            connection, cache,
            "((r.source_id = $id AND r.target_id = $other) OR (r.source_id = $other AND r.target_id = $id))",
            period, cancellationToken, ("$id", entityId), ("$other", otherId));

    /// <param name="which">A fixed fragment of the WHERE clause choosing the relations (its values are parameters).</param>
    private static async Task<IReadOnlyList<Relationship>> ReadRelationshipsAsync(
        SqliteConnection connection, SqliteSummaryCache cache, string which, Period period, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        var rows = await connection.ReadAllAsync(
            $"""
            SELECT r.type, r.source_id, r.target_id, r.status, r.role, r.evidence, {ArticleColumns}
            FROM relations r JOIN articles a ON a.id = r.article_id
            WHERE {which} AND r.source_id <> r.target_id
              AND ($since IS NULL OR a.date >= $since) AND ($until IS NULL OR a.date <= $until)
            ORDER BY r.type, r.source_id, r.target_id, r.status, r.role, a.date, a.id, r.evidence
            """,
            reader => (
                Key: (Type: reader.GetString(0), Source: reader.GetString(1), Target: reader.GetString(2),
                    Status: reader.NullableString(3), Role: reader.NullableString(4)),
                Evidence: new Evidence(reader.GetString(5), ReadArticle(reader, 6))),
            cancellationToken,
            [.. parameters, ("$since", period.Since), ("$until", period.Until)]);
        var entities = await cache.LoadAsync(
            connection, rows.SelectMany(row => new[] { row.Key.Source, row.Key.Target }), cancellationToken);
        return rows
            .GroupBy(row => row.Key)
            .Where(group => entities.ContainsKey(group.Key.Source) && entities.ContainsKey(group.Key.Target))
            .Select(group => new Relationship(
                ContractNames.RelationTypeOf(group.Key.Type),
                entities[group.Key.Source],
                entities[group.Key.Target],
                ContractNames.StatusOf(group.Key.Status),
                group.Key.Role,
                group.Select(row => row.Evidence).Distinct().ToImmutableArray()))
            .ToList();
    }

    public static async Task<IReadOnlyList<QuoteRecord>> QuotesAsync(
        SqliteConnection connection, SqliteSummaryCache cache, QuoteQuery query, CancellationToken cancellationToken)
    {
        // Only the filters given go into the WHERE clause (fixed fragments; the values stay parameters), so
        // SQLite drives the query from the speaker or subject index instead of scanning every quote.
        var filters = new List<string>();
        if (query.SpeakerId is not null)
        {
            filters.Add("q.speaker_id = $speaker");
        }
        // Quotes about one entity, whoever said them, are read from its subject rows in date order (a much-discussed
        // entity is the subject of tens of thousands); with a speaker, from the speaker's.
        var bySubject = query.AboutId is not null && query.SpeakerId is null;
        if (query.AboutId is not null)
        {
            filters.Add(bySubject ? "qa.entity_id = $about" : "q.id IN (SELECT qa.quote_id FROM quote_about qa WHERE qa.entity_id = $about)");
        }
        if (query.ArticleId is not null)
        {
            filters.Add("q.article_id = $article");
        }
        if (query.Contains is not null)
        {
            filters.Add(@"q.text LIKE '%' || $contains || '%' ESCAPE '\'");
        }
        if (query.Period is { Since: not null })
        {
            filters.Add("q.article_date >= $since");
        }
        if (query.Period is { Until: not null })
        {
            filters.Add("q.article_date <= $until");
        }
        if (query.SpeakerType is not null)
        {
            filters.Add("q.speaker_id IN (SELECT e.id FROM entities e WHERE e.type = $speakerType)");
        }
        if (query.SpeakerRole is not null)
        {
            filters.Add(SpeakerHolds(@"r.role LIKE '%' || $role || '%' ESCAPE '\'"));
        }
        if (query.SpeakerAffiliationId is not null)
        {
            filters.Add(SpeakerHolds("r.target_id = $affiliation"));
        }
        if (query.Outlets is not null)
        {
            filters.Add("a.outlet IN (SELECT value FROM json_each($outlets))");
        }
        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        // The page is chosen on the quotes' own columns (the articles are joined only to filter by outlet), in the
        // order of the index of quotes by speaker and date, and only its quotes are read in full: a much-quoted
        // speaker has tens of thousands of quotes.
        var outletJoin = query.Outlets is null ? "" : "JOIN articles a ON a.id = q.article_id";
        // A quote is about an entity once even when its article named the entity twice (two raw ids).
        var (from, order) = bySubject
            ? ("quote_about qa JOIN quotes q ON q.id = qa.quote_id", "GROUP BY qa.article_date, qa.article_id, qa.start ORDER BY qa.article_date, qa.article_id, qa.start")
            : ("quotes q", "ORDER BY q.article_date, q.article_id, q.start");
        var quotes = await connection.ReadAllAsync(
            $"""
            SELECT q.id, q.speaker_id, q.text, q.cue, {ArticleColumns}
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.rowid IN (
                SELECT q.rowid FROM {from} {outletJoin}
                {where}
                {order}
                LIMIT $limit OFFSET $offset)
            ORDER BY q.article_date, q.article_id, q.start
            """,
            reader => (Id: reader.GetString(0), Speaker: reader.GetString(1), Text: reader.GetString(2),
                Cue: reader.GetString(3), Article: ReadArticle(reader, 4)),
            cancellationToken,
            ("$speaker", query.SpeakerId), ("$about", query.AboutId), ("$article", query.ArticleId),
            ("$contains", query.Contains is null ? null : EscapeLike(query.Contains)),
            ("$since", query.Period?.Since), ("$until", query.Period?.Until),
            ("$speakerType", query.SpeakerType is { } speakerType ? StorageNames.Of(speakerType) : null),
            ("$role", query.SpeakerRole is null ? null : EscapeLike(query.SpeakerRole)),
            ("$affiliation", query.SpeakerAffiliationId),
            ("$outlets", query.Outlets is null ? null : JsonSerializer.Serialize(query.Outlets)),
            ("$limit", query.Limit), ("$offset", query.Offset));
        var about = await connection.ReadAllAsync(
            "SELECT DISTINCT quote_id, entity_id FROM quote_about WHERE quote_id IN (SELECT value FROM json_each($ids)) ORDER BY entity_id",
            reader => (Quote: reader.GetString(0), Entity: reader.GetString(1)),
            cancellationToken,
            ("$ids", JsonSerializer.Serialize(quotes.Select(quote => quote.Id).ToArray())));
        var entities = await cache.LoadAsync(
            connection, quotes.Select(quote => quote.Speaker).Concat(about.Select(pair => pair.Entity)), cancellationToken);
        var aboutByQuote = about.ToLookup(pair => pair.Quote, pair => pair.Entity);
        return quotes
            .Where(quote => entities.ContainsKey(quote.Speaker))
            .Select(quote => new QuoteRecord(
                quote.Id,
                entities[quote.Speaker],
                quote.Text,
                aboutByQuote[quote.Id].Where(entities.ContainsKey).Select(id => entities[id]).ToImmutableArray(),
                quote.Cue,
                quote.Article))
            .ToList();
    }

    /// <summary>The references of the given articles, by id, in one query.</summary>
    public static async Task<Dictionary<string, ArticleReference>> ArticlesAsync(
        SqliteConnection connection, IReadOnlyList<string> articleIds, CancellationToken cancellationToken) =>
        (await connection.ReadAllAsync(
            $"SELECT {ArticleColumns} FROM articles a WHERE a.id IN (SELECT value FROM json_each($ids))",
            reader => ReadArticle(reader, 0), cancellationToken, ("$ids", JsonSerializer.Serialize(articleIds))))
        .ToDictionary(article => article.Id, StringComparer.Ordinal);

    public static async Task<ArticleReference?> ArticleAsync(SqliteConnection connection, string articleId, CancellationToken cancellationToken) =>
        (await ArticlesAsync(connection, [articleId], cancellationToken)).GetValueOrDefault(articleId);

    /// <summary>
    /// Every relationship without its evidence, counted (in how many articles of the period it is stated, and when
    /// first and last), read from the relations alone through their article dates (an undated article is in no period).
    /// </summary>
    public static async Task<IReadOnlyList<GraphEdge>> EdgesAsync(SqliteConnection connection, Period period, CancellationToken cancellationToken) =>
        await connection.ReadAllAsync(
            """
            SELECT r.type, r.source_id, r.target_id, r.status, r.role,
                   COUNT(DISTINCT r.article_id), MIN(r.article_date), MAX(r.article_date)
            FROM relations r
            WHERE r.source_id <> r.target_id
              AND ($since IS NULL OR r.article_date >= $since) AND ($until IS NULL OR r.article_date <= $until)
            GROUP BY r.type, r.source_id, r.target_id, r.status, r.role
            ORDER BY r.type, r.source_id, r.target_id, r.status, r.role
            """,
            reader => new GraphEdge(reader.GetString(1), reader.GetString(2),
                ContractNames.RelationTypeOf(reader.GetString(0)), ContractNames.StatusOf(reader.NullableString(3)))
            {
                Role = reader.NullableString(4),
                Articles = (int)reader.GetInt64(5),
                FirstSeen = reader.NullableString(6),
                LastSeen = reader.NullableString(7),
            },
            cancellationToken,
            ("$since", period.Since), ("$until", period.Until));

    /// <summary>
    /// The first sentences stating each relationship, of articles dated in the period, the earliest article first: read
    /// in that order from the index of relations by relationship, date and sentence alone (one statement, prepared once,
    /// asked for each relationship in turn), their articles' references through the cache.
    /// </summary>
    public static async Task<IReadOnlyList<ImmutableArray<Evidence>>> EvidenceAsync(
        SqliteConnection connection, SqliteSummaryCache cache, IReadOnlyList<RelationshipKey> keys, Period period, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            SELECT r.evidence, r.article_id
            FROM relations r
            WHERE r.source_id = $source AND r.target_id = $target AND r.type = $type AND r.status IS $status AND r.role IS $role
              AND ($since IS NULL OR r.article_date >= $since) AND ($until IS NULL OR r.article_date <= $until)
            ORDER BY r.article_date, r.article_id, r.evidence
            LIMIT $limit
            """,
            ("$source", null), ("$target", null), ("$type", null), ("$status", null), ("$role", null),
            ("$since", period.Since), ("$until", period.Until), ("$limit", limit));
        var sentences = new List<List<(string Text, string Article)>>(keys.Count);
        foreach (var key in keys)
        {
            command.Parameters["$source"].Value = key.SourceId;
            command.Parameters["$target"].Value = key.TargetId;
            command.Parameters["$type"].Value = ContractNames.Of(key.Type);
            command.Parameters["$status"].Value = (object?)ContractNames.Of(key.Status) ?? DBNull.Value;
            command.Parameters["$role"].Value = (object?)key.Role ?? DBNull.Value;
            sentences.Add(await command.ReadAllAsync(reader => (reader.GetString(0), reader.GetString(1)), cancellationToken));
        }
        // The sentences come from the index alone; their articles' references, shared by many, are read once.
        var articles = await cache.LoadArticlesAsync(connection, sentences.SelectMany(rows => rows.Select(row => row.Article)), cancellationToken);
        return [.. sentences.Select(rows => rows
            .Where(row => articles.ContainsKey(row.Article))
            .Select(row => new Evidence(row.Text, articles[row.Article]))
            .Distinct()
            .ToImmutableArray())];
    }

    /// <summary>
    /// Every quote's speaker and subjects as ids. A period's are read from its articles through the date index
    /// (the bounds as a range, so the index serves it: an undated article is in no range).
    /// </summary>
    public static async Task<IReadOnlyList<QuoteLink>> QuoteLinksAsync(SqliteConnection connection, Period period, CancellationToken cancellationToken) =>
        await connection.ReadAllAsync(
            period.IsAll
                ? """
                  SELECT q.id, q.speaker_id, qa.entity_id
                  FROM quotes q LEFT JOIN quote_about qa ON qa.quote_id = q.id
                  WHERE EXISTS (SELECT 1 FROM entities e WHERE e.id = q.speaker_id)
                  """
                : """
                  SELECT q.id, q.speaker_id, qa.entity_id
                  FROM articles a JOIN quotes q ON q.article_id = a.id LEFT JOIN quote_about qa ON qa.quote_id = q.id
                  WHERE a.date BETWEEN COALESCE($since, '') AND COALESCE($until, '9999-12-31')
                    AND EXISTS (SELECT 1 FROM entities e WHERE e.id = q.speaker_id)
                  """,
            reader => new QuoteLink(reader.GetString(0), reader.GetString(1), reader.NullableString(2)),
            cancellationToken,
            ("$since", period.Since), ("$until", period.Until));

    /// <summary>The store's figures: articles, people, countries, organisations, meetings, affiliations, leaderships, quotes.</summary>
    public const string Statistics = """
        SELECT (SELECT COUNT(*) FROM articles),
               (SELECT COUNT(*) FROM entities WHERE type = 'Person'),
               (SELECT COUNT(*) FROM entities WHERE type = 'Country'),
               (SELECT COUNT(*) FROM entities WHERE type = 'Organization'),
               (SELECT COUNT(*) FROM (SELECT DISTINCT source_id, target_id, status FROM relations WHERE type = 'MET' AND source_id <> target_id)),
               (SELECT COUNT(*) FROM (SELECT DISTINCT source_id, target_id FROM relations WHERE type = 'AFFILIATED_WITH' AND source_id <> target_id)),
               (SELECT COUNT(*) FROM (SELECT DISTINCT source_id, target_id FROM relations WHERE type = 'LEADER_OF' AND source_id <> target_id)),
               (SELECT COUNT(*) FROM quotes)
        """;

    /// <summary>
    /// <see cref="Statistics"/> over the articles dated in [$since, $until] (either may be null), each count starting
    /// from those articles through the date index and the article indexes of the fact tables.
    /// </summary>
    public const string PeriodStatistics = """
        WITH period AS (SELECT id FROM articles WHERE date BETWEEN COALESCE($since, '') AND COALESCE($until, '9999-12-31')),
             mentioned AS (SELECT DISTINCT n.entity_id FROM period p JOIN entity_names n ON n.article_id = p.id),
             facts AS (SELECT DISTINCT r.type, r.source_id, r.target_id, CASE WHEN r.type = 'MET' THEN r.status END AS status
                       FROM period p JOIN relations r ON r.article_id = p.id WHERE r.source_id <> r.target_id)
        SELECT (SELECT COUNT(*) FROM period),
               (SELECT COUNT(*) FROM mentioned m JOIN entities e ON e.id = m.entity_id WHERE e.type = 'Person'),
               (SELECT COUNT(*) FROM mentioned m JOIN entities e ON e.id = m.entity_id WHERE e.type = 'Country'),
               (SELECT COUNT(*) FROM mentioned m JOIN entities e ON e.id = m.entity_id WHERE e.type = 'Organization'),
               (SELECT COUNT(*) FROM facts WHERE type = 'MET'),
               (SELECT COUNT(*) FROM facts WHERE type = 'AFFILIATED_WITH'),
               (SELECT COUNT(*) FROM facts WHERE type = 'LEADER_OF'),
               (SELECT COUNT(*) FROM period p JOIN quotes q ON q.article_id = p.id)
        """;

    public static async Task<IReadOnlyList<OutletCount>> OutletsAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ReadAllAsync(
            "SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet",
            reader => new OutletCount(reader.GetString(0), reader.GetInt32(1)),
            cancellationToken);

    /// <summary>
    /// The filter "the speaker holds an affiliation meeting <paramref name="condition"/>" (on the relation <c>r</c>). It
    /// counts when the quote's own article states it, or when two articles state the same affiliation: one article's
    /// slip does not make a much-quoted speaker a professor. The holders are listed once from the affiliations index
    /// (<see cref="SqliteSchema.CreateLaterIndexes"/>) and their quotes reached through the speaker index, instead of
    /// checking every quote (a role over news-37k: from over 10 s to about 0.1 s of CPU).
    /// </summary>
    private static string SpeakerHolds(string condition) =>
        $"""
        q.speaker_id IN (SELECT r.source_id FROM relations r WHERE r.type = 'AFFILIATED_WITH' AND {condition})
        AND (q.speaker_id IN (SELECT r.source_id FROM relations r WHERE r.type = 'AFFILIATED_WITH' AND {condition}
                              GROUP BY r.source_id, r.target_id, r.role HAVING COUNT(DISTINCT r.article_id) > 1)
             OR (q.speaker_id, q.article_id) IN (SELECT r.source_id, r.article_id FROM relations r WHERE r.type = 'AFFILIATED_WITH' AND {condition}))
        """;

    private static ArticleReference ReadArticle(SqliteDataReader reader, int first) => new(
        reader.GetString(first), reader.GetString(first + 1), reader.NullableString(first + 2),
        reader.NullableString(first + 3), reader.NullableString(first + 4), reader.NullableString(first + 5));

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
