using System.Text.Json.Nodes;
using Graph.Core.Queries;
using Graph.Storage.Neo4j.Internal.QueryApi;

namespace Graph.Storage.Neo4j.Internal.Reading;

/// <summary>
/// Reads the one row of read/shortest-paths.cypher. The statement already orders the paths; they are put in
/// ordinal order here too, the web app's QuikGraph search's, so a page never depends on how Neo4j compares strings
/// (the two agree on every id without characters beyond the Basic Multilingual Plane).
/// </summary>
internal static class PathRows
{
    public static EntityPaths Read(IEnumerable<QueryRecord> records)
    {
        if (records.FirstOrDefault() is not { } record)
        {
            return EntityPaths.None;
        }
        var total = record["total"]?.GetValue<long>() ?? 0;
        if (total == 0)
        {
            return EntityPaths.None;
        }
        var paths = record.List("paths").OfType<JsonArray>()
            .Select(path => (IReadOnlyList<string>)Nodes.Strings(path))
            .Order(PathOrder.Instance)
            .ToList();
        return new EntityPaths(record.NullableInt("hops") ?? paths.FirstOrDefault()?.Count - 1, total, paths);
    }

    /// <summary>Lexicographic over the ids, each compared ordinally.</summary>
    private sealed class PathOrder : IComparer<IReadOnlyList<string>>
    {
        public static PathOrder Instance { get; } = new();

        public int Compare(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                var order = string.CompareOrdinal(x[i], y[i]);
                if (order != 0)
                {
                    return order;
                }
            }
            return x.Count.CompareTo(y.Count);
        }
    }
}
