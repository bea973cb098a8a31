using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Graph.Core.Linking;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each call opens a pooled connection of its own, so
/// the web API can read while an ingest writes, and several ingest processes can share one file.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IArticleArchive, IEntityLinkStore, INameStatistics, IQuoteLinkReader, IBulkLoadStore
{
    private readonly string connectionString;
    private readonly SqliteLinkCache links = new();
    private readonly SqliteSummaryCache summaries;

    /// <summary>Set by a bulk load into an empty store: batches leave entity counts and search rows to its end.</summary>
    private volatile bool deferringAggregates;

    public SqliteGraphStore(string databaseFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        DatabaseFile = Path.GetFullPath(databaseFile);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabaseFile,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        summaries = new SqliteSummaryCache(connectionString);
    }

    public string DatabaseFile { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(DatabaseFile);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await using var connection = await OpenAsync(cancellationToken);
        await using var wal = connection.Command("PRAGMA journal_mode = WAL");
        await wal.ExecuteNonQueryAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var version = connection.Command("PRAGMA user_version");
        version.Transaction = transaction;
        var existing = (long)(await version.ExecuteScalarAsync(cancellationToken))!;
        if (existing < SqliteSchema.Version)
        {
            // Older versions lack the raw ids linking needs: their facts are rebuilt from the stored graphs.
            var drop = existing > 0 ? SqliteSchema.DropFacts : "";
            await using var create = connection.Command(drop + SqliteSchema.Create + $"PRAGMA user_version = {SqliteSchema.Version};");
            create.Transaction = transaction;
            await create.ExecuteNonQueryAsync(cancellationToken);
            if (existing > 0)
            {
                await RebuildFactsAsync(connection, transaction, cancellationToken);
            }
        }
        // Indexes added within version 3 are created on a database made before them, and whatever a bulk load that
        // stopped early deferred is rebuilt here.
        await SqliteBulkLoad.CompleteAsync(transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task BeginBulkLoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenForWritingAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var deferring = await SqliteBulkLoad.BeginAsync(transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        deferringAggregates = deferring;
    }

    public async Task EndBulkLoadAsync(CancellationToken cancellationToken = default)
    {
        deferringAggregates = false;
        await using var connection = await OpenForWritingAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await SqliteBulkLoad.CompleteAsync(transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<LinkReport> LinkEntitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenForWritingAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var report = await new SqliteEntityLinking(transaction).RunAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    public async Task<int> GetLinkerVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var versions = await connection.ReadAllAsync(
            $"SELECT value FROM store_state WHERE key = '{SqliteEntityLinking.LinkerVersionKey}'", reader => (int)reader.GetInt64(0), cancellationToken);
        return versions.FirstOrDefault();
    }

    /// <summary>
    /// Null when the file is a sound database of this store (<c>PRAGMA quick_check</c> passes and the articles table
    /// reads); otherwise what is wrong, in SQLite's words. Creates nothing.
    /// </summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new SqliteConnection(
                new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var check = connection.Command("PRAGMA quick_check(1)");
            if (await check.ExecuteScalarAsync(cancellationToken) is not "ok" and var problem)
            {
                return $"{problem}";
            }
            await using var schema = connection.Command("SELECT count(*) FROM articles WHERE 0");
            await schema.ExecuteScalarAsync(cancellationToken);
            return null;
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    public async Task<ArticleState> GetArticleStateAsync(string articleId, int extractorVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT extractor_version FROM articles WHERE id = $id", ("$id", articleId));
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            null => ArticleState.Missing,
            long stored when stored == extractorVersion => ArticleState.Current,
            _ => ArticleState.Stale,
        };
    }

    public async Task<IReadOnlyList<ArticleState>> GetArticleStatesAsync(
        IReadOnlyList<(string Id, int Version)> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var states = new ArticleState[articles.Count];
        if (articles.Count == 0)
        {
            return states;
        }
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT extractor_version FROM articles WHERE id = $id", ("$id", ""));
        command.Prepare();
        for (var i = 0; i < articles.Count; i++)
        {
            command.Parameters["$id"].Value = articles[i].Id;
            states[i] = await command.ExecuteScalarAsync(cancellationToken) switch
            {
                null => ArticleState.Missing,
                long stored when stored == articles[i].Version => ArticleState.Current,
                _ => ArticleState.Stale,
            };
        }
        return states;
    }

    public async Task SaveArticlesAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken cancellationToken = default)
    {
        if (articles.Count == 0)
        {
            return;
        }
        await using var connection = await OpenForWritingAsync(cancellationToken);
        // BEGIN IMMEDIATE takes the write lock up front, so concurrent writers queue instead of deadlocking.
        await using var transaction = connection.BeginTransaction(deferred: false);
        using var writer = new SqliteArticleWriter(connection, transaction, await links.CurrentAsync(transaction, cancellationToken));
        foreach (var article in articles)
        {
            writer.Write(article);
        }
        if (deferringAggregates)
        {
            writer.MarkAggregatesStale();
        }
        else
        {
            writer.RefreshTouchedEntities();
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteEntityQueries.SearchAsync(connection, summaries, query, cancellationToken);
    }

    public async Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The id of an entity that linking merged into another leads to that one.
        await using var linked = connection.Command("SELECT " + string.Format(SqliteSchema.LinkedId, "$id"), ("$id", entityId));
        var id = (string)(await linked.ExecuteScalarAsync(cancellationToken))!;
        var found = await summaries.LoadAsync(connection, [id], cancellationToken);
        return found.GetValueOrDefault(id);
    }

    public async Task<IReadOnlyList<EntitySearchKeys>?> GetAllSearchKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteEntityQueries.AllSearchKeysAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, ImmutableArray<NameCount>>?> GetAllNameCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteEntityQueries.AllNameCountsAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyList<NameCount>> GetNameCountsAsync(string entityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteEntityQueries.NameCountsAsync(connection, entityId, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountArticlesNamingAsync(
        string name, IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteEntityQueries.ArticlesNamingAsync(connection, name, entityIds, cancellationToken);
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default) =>
        GetRelationshipsAsync(entityId, type, Period.All, cancellationToken);

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type, Period period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.RelationshipsAsync(connection, summaries, entityId, type, period, cancellationToken);
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsBetweenAsync(
        string entityId, string otherId, Period period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.RelationshipsBetweenAsync(connection, summaries, entityId, otherId, period, cancellationToken);
    }

    public async Task<IReadOnlyList<ImmutableArray<Evidence>>> GetEvidenceAsync(
        IReadOnlyList<RelationshipKey> keys, Period period, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.EvidenceAsync(connection, summaries, keys, period, limit, cancellationToken);
    }

    public async Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.QuotesAsync(connection, summaries, query, cancellationToken);
    }

    public async Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.ArticleAsync(connection, articleId, cancellationToken);
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default) =>
        GetEdgesAsync(Period.All, cancellationToken);

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(Period period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.EdgesAsync(connection, period, cancellationToken);
    }

    public async Task<IReadOnlyList<OutletCount>> GetOutletsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.OutletsAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyList<QuoteLink>> GetQuoteLinksAsync(Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.QuoteLinksAsync(connection, period, cancellationToken);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        GetStatisticsAsync(Period.All, cancellationToken);

    public async Task<GraphStatistics> GetStatisticsAsync(Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await OpenAsync(cancellationToken);
        var counts = await connection.ReadAllAsync(
            period.IsAll ? SqliteFactQueries.Statistics : SqliteFactQueries.PeriodStatistics,
            reader => Enumerable.Range(0, 8).Select(i => (int)reader.GetInt64(i)).ToArray(),
            cancellationToken, ("$since", period.Since), ("$until", period.Until));
        var c = counts[0];
        return new GraphStatistics(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    public async Task<IReadOnlyList<Graph.Core.Linking.EntityLink>> ReadEntityLinksAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ReadAllAsync("SELECT raw_id, entity_id, reason FROM entity_links ORDER BY raw_id",
            reader => new Graph.Core.Linking.EntityLink(reader.GetString(0), reader.GetString(1), reader.GetString(2)), cancellationToken);
    }

    public async IAsyncEnumerable<ExtractedArticle> ReadArticlesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT source, title, text, url, date, outlet, graph_json, extractor_version FROM articles ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadArchived(reader);
        }
    }

    /// <summary>Replays every stored article's graph into freshly made fact tables (the upgrade from an older schema).</summary>
    private static async Task RebuildFactsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var stored = new List<ExtractedArticle>();
        await using (var command = connection.Command(
            "SELECT source, title, text, url, date, outlet, graph_json, extractor_version FROM articles ORDER BY id"))
        {
            command.Transaction = transaction;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored.Add(ReadArchived(reader));
            }
        }
        using var writer = new SqliteArticleWriter(connection, transaction, new Dictionary<string, string>());
        foreach (var article in stored)
        {
            writer.Write(article);
        }
        writer.RefreshTouchedEntities();
        await new SqliteEntityLinking(transaction).RunAsync(cancellationToken);
    }

    private static ExtractedArticle ReadArchived(SqliteDataReader reader)
    {
        var article = new Article(reader.GetString(0), reader.NullableString(1), reader.GetString(2),
            reader.NullableString(3), reader.NullableString(4), reader.NullableString(5));
        return new ExtractedArticle(article, GraphJson.Deserialize(reader.GetString(6)), (int)reader.GetInt64(7));
    }

    public ValueTask DisposeAsync()
    {
        summaries.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A connection for writing batches: a page cache large enough for the indexes a batch touches, and fewer,
    /// larger WAL checkpoints (with SQLite's defaults a third of ingest's time went to reading pages back). Only
    /// the writer gets the large cache: the readers' pooled connections keep the default. The writer reads through
    /// its cache, not a memory map: an ingest's end pass and linking read whole tables, and mapped pages would count
    /// as the process's memory (news-37k: peak 1.6 GB with the map, against the 1.5 GB budget).
    /// </summary>
    private async Task<SqliteConnection> OpenForWritingAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await using var pragma = connection.Command("PRAGMA cache_size = -131072; PRAGMA wal_autocheckpoint = 8192; PRAGMA mmap_size = 0;");
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        // Back in the pool this connection must be set up for reading again.
        configuredForReading.Remove(connection.Handle!);
        return connection;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Memory-mapped reads: pages come from the OS's cache, shared by every pooled connection, instead of a read()
        // call into each connection's small page cache (on news-37k half of a lookup's CPU was those system calls).
        // Set once per SQLite connection: the pool hands the same one out again, settings kept.
        if (!configuredForReading.TryGetValue(connection.Handle!, out _))
        {
            await using var pragma = connection.Command($"PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = {MappedBytes};");
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            configuredForReading.AddOrUpdate(connection.Handle!, ReadingSettings);
        }
        return connection;
    }

    /// <summary>The pooled SQLite connections already set up for reading (a request opens several; each set-up is three statements).</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> configuredForReading = new();

    private static readonly object ReadingSettings = new();

    /// <summary>How much of the database file reads map into memory (address space, not memory: the OS pages it in and out).</summary>
    private const long MappedBytes = 16L << 30;
}
