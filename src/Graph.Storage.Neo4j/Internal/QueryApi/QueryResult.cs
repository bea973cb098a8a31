using System.Collections.Immutable;

namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>A successful answer of the Query API: <c>data.fields</c>, <c>data.values</c>, <c>counters</c>, <c>bookmarks</c>.</summary>
internal sealed record QueryResult(
    ImmutableArray<string> Fields,
    ImmutableArray<QueryRecord> Records,
    QueryCounters Counters,
    ImmutableArray<string> Bookmarks,
    string? TransactionId);
