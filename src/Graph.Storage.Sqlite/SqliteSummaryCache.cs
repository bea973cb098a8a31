using System.Collections.Concurrent;
using Graph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Entity summaries and article references already read, kept until the database changes. A summary costs a scan of
/// the entity's name rows (tens of thousands for a much-mentioned one), and nearly every answer names the same few
/// hubs, so reading them once per change of the data is what keeps lookups cheap; an article's reference (source,
/// title, url, date, outlet) is read from its row beside the article's text, three quarters of what a page of
/// sentences cost (news-37k), and the same articles stand behind many relationships. A change is seen through
/// <c>PRAGMA data_version</c> on a connection of its own, which moves whenever any other connection, of this process
/// or another (an ingest beside the server), commits.
/// </summary>
internal sealed class SqliteSummaryCache(string connectionString) : IDisposable
{
    /// <summary>More summaries (or articles) than this and the cache starts again: it never holds more than a large store's hubs and then some.</summary>
    public const int MaxEntries = 200_000;

    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, EntitySummary> summaries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ArticleReference> articles = new(StringComparer.Ordinal);
    private SqliteConnection? watcher;
    private SqliteCommand? dataVersionQuery;
    private long dataVersion = -1;
    private long generation;

    /// <summary>Summaries of the given entities, by id, from the cache when the database has not changed since; unknown ids are absent.</summary>
    public Task<Dictionary<string, EntitySummary>> LoadAsync(
        SqliteConnection connection, IEnumerable<string> entityIds, CancellationToken cancellationToken) =>
        LoadAsync(summaries, entityIds, missing => SqliteEntityQueries.LoadAsync(connection, missing, cancellationToken));

    /// <summary>References of the given articles, by id, from the cache when the database has not changed since; unknown ids are absent.</summary>
    public Task<Dictionary<string, ArticleReference>> LoadArticlesAsync(
        SqliteConnection connection, IEnumerable<string> articleIds, CancellationToken cancellationToken) =>
        LoadAsync(articles, articleIds, missing => SqliteFactQueries.ArticlesAsync(connection, missing, cancellationToken));

    private async Task<Dictionary<string, T>> LoadAsync<T>(
        ConcurrentDictionary<string, T> cache, IEnumerable<string> ids, Func<List<string>, Task<Dictionary<string, T>>> read)
    {
        var readFor = Validate();
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (cache.TryGetValue(id, out var known))
            {
                found[id] = known;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count == 0)
        {
            return found;
        }
        var loaded = await read(missing);
        lock (gate)
        {
            // Read while the data changed: returned, but not kept (it may be the old state).
            if (readFor == generation && cache.Count + loaded.Count <= MaxEntries)
            {
                foreach (var (id, value) in loaded)
                {
                    cache[id] = value;
                }
            }
        }
        foreach (var (id, value) in loaded)
        {
            found[id] = value;
        }
        return found;
    }

    /// <summary>Empties the cache when the database changed since the last look, or when it is full; the generation summaries are read for.</summary>
    private long Validate()
    {
        lock (gate)
        {
            // One statement, prepared once: every lookup of every request asks it.
            watcher ??= OpenWatcher();
            dataVersionQuery ??= watcher.Command("PRAGMA data_version");
            var version = (long)dataVersionQuery.ExecuteScalar()!;
            if (version != dataVersion || summaries.Count >= MaxEntries || articles.Count >= MaxEntries)
            {
                dataVersion = version;
                generation++;
                summaries.Clear();
                articles.Clear();
            }
            return generation;
        }
    }

    private SqliteConnection OpenWatcher()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        lock (gate)
        {
            dataVersionQuery?.Dispose();
            dataVersionQuery = null;
            watcher?.Dispose();
            watcher = null;
        }
    }
}
