using System.Runtime.CompilerServices;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each call opens a pooled connection of its own, so
/// the web API can read while an ingest writes, and several ingest processes can share one file.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IArticleArchive
{
    private readonly string connectionString;

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
            await using var create = connection.Command(SqliteSchema.Create + SqliteSchema.RebuildSearch + $"PRAGMA user_version = {SqliteSchema.Version};");
            create.Transaction = transaction;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
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
        await using var connection = await OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE takes the write lock up front, so concurrent writers queue instead of deadlocking.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var writer = new SqliteArticleWriter(connection, transaction);
        foreach (var article in articles)
        {
            writer.Write(article);
        }
        writer.RefreshSearchIndex();
        writer.DeleteOrphanEntities();
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteEntityQueries.SearchAsync(connection, query, cancellationToken);
    }

    public async Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var found = await SqliteEntityQueries.LoadAsync(connection, [entityId], cancellationToken);
        return found.GetValueOrDefault(entityId);
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.RelationshipsAsync(connection, entityId, type, cancellationToken);
    }

    public async Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.QuotesAsync(connection, query, cancellationToken);
    }

    public async Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.ArticleAsync(connection, articleId, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteFactQueries.EdgesAsync(connection, cancellationToken);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var counts = await connection.ReadAllAsync(
            """
            SELECT (SELECT COUNT(*) FROM articles),
                   (SELECT COUNT(*) FROM entities WHERE type = 'Person'),
                   (SELECT COUNT(*) FROM entities WHERE type = 'Country'),
                   (SELECT COUNT(*) FROM entities WHERE type = 'Organization'),
                   (SELECT COUNT(*) FROM (SELECT DISTINCT source_id, target_id, status FROM relations WHERE type = 'MET')),
                   (SELECT COUNT(*) FROM (SELECT DISTINCT source_id, target_id FROM relations WHERE type = 'AFFILIATED_WITH')),
                   (SELECT COUNT(*) FROM (SELECT DISTINCT source_id, target_id FROM relations WHERE type = 'LEADER_OF')),
                   (SELECT COUNT(*) FROM quotes)
            """,
            reader => Enumerable.Range(0, 8).Select(i => (int)reader.GetInt64(i)).ToArray(),
            cancellationToken);
        var c = counts[0];
        return new GraphStatistics(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    public async IAsyncEnumerable<ExtractedArticle> ReadArticlesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT source, title, text, url, date, outlet, graph_json, extractor_version FROM articles ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var article = new Article(reader.GetString(0), reader.NullableString(1), reader.GetString(2),
                reader.NullableString(3), reader.NullableString(4), reader.NullableString(5));
            yield return new ExtractedArticle(article, GraphJson.Deserialize(reader.GetString(6)), (int)reader.GetInt64(7));
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.Command("PRAGMA synchronous = NORMAL");
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
