using System.Collections.Concurrent;
using Graph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Entity summaries already read, kept until the database changes. A summary costs a scan of the entity's name
/// rows (tens of thousands for a much-mentioned one), and nearly every answer names the same few hubs, so reading
/// them once per change of the data is what keeps lookups cheap. A change is seen through
/// <c>PRAGMA data_version</c> on a connection of its own, which moves whenever any other connection, of this process
/// or another (an ingest beside the server), commits.
/// </summary>
internal sealed class SqliteSummaryCache(string connectionString) : IDisposable
{
    /// <summary>More summaries than this and the cache starts again: it never holds more than a large store's hubs and then some.</summary>
    public const int MaxEntries = 200_000;

    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, EntitySummary> summaries = new(StringComparer.Ordinal);
    private SqliteConnection? watcher;
    private SqliteCommand? dataVersionQuery;
    private long dataVersion = -1;
    private long generation;

    /// <summary>Summaries of the given entities, by id, from the cache when the database has not changed since; unknown ids are absent.</summary>
    public async Task<Dictionary<string, EntitySummary>> LoadAsync(
        SqliteConnection connection, IEnumerable<string> entityIds, CancellationToken cancellationToken)
    {
        var readFor = Validate();
        var found = new Dictionary<string, EntitySummary>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            if (summaries.TryGetValue(id, out var summary))
            {
                found[id] = summary;
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
        var loaded = await SqliteEntityQueries.LoadAsync(connection, missing, cancellationToken);
        lock (gate)
        {
            // Read while the data changed: returned, but not kept (it may be the old state).
            if (readFor == generation && summaries.Count + loaded.Count <= MaxEntries)
            {
                foreach (var (id, summary) in loaded)
                {
                    summaries[id] = summary;
                }
            }
        }
        foreach (var (id, summary) in loaded)
        {
            found[id] = summary;
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
            if (version != dataVersion || summaries.Count >= MaxEntries)
            {
                dataVersion = version;
                generation++;
                summaries.Clear();
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
