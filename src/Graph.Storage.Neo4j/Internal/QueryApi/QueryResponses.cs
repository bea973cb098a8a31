using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Graph.Storage.Neo4j.Internal.Cypher;

namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>Reads the Query API's JSON answers: <c>{"data": {"fields", "values"}, "counters", "bookmarks", "transaction"}</c> or <c>{"errors": [...]}</c>.</summary>
internal static class QueryResponses
{
    public static IReadOnlyList<QueryError> Errors(JsonObject? body)
    {
        if (body is null)
        {
            return [];
        }
        var errors = body["errors"] is JsonArray list
            ? list.OfType<JsonObject>().Select(Error).ToList()
            : [];
        // Some answers (a proxy, an older server) carry one top-level error instead of the array.
        if (errors.Count == 0 && (body["error"] is not null || body["code"] is not null))
        {
            errors.Add(Error(body));
        }
        return errors;
    }

    public static Neo4jException ToException(QueryError error, CypherStatement? statement)
    {
        var message = statement is null
            ? $"{error.Code}: {error.Message}"
            : $"{error.Code} in cypher/{statement.Name}.cypher: {error.Message}";
        return error.Code switch
        {
            var code when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(code, message),
            var code when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new Neo4jClientException(code, message),
            var code when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new Neo4jDatabaseException(code, message),
            var code => new Neo4jException(code, message),
        };
    }

    public static QueryResult Result(JsonObject? body)
    {
        var data = body?["data"] as JsonObject;
        var fields = data?["fields"] is JsonArray names ? Nodes.Strings(names) : [];
        var records = data?["values"] is JsonArray rows
            ? rows.OfType<JsonArray>().Select(row => new QueryRecord(fields, row)).ToImmutableArray()
            : [];
        var bookmarks = body?["bookmarks"] is JsonArray marks ? Nodes.Strings(marks) : [];
        var transactionId = (body?["transaction"] as JsonObject)?["id"]?.GetValue<string>();
        return new QueryResult(fields, records, Counters(body?["counters"] as JsonObject), bookmarks, transactionId);
    }

    private static QueryError Error(JsonObject error) => new(
        (error["code"] ?? error["error"])?.ToString() ?? "Neo.DatabaseError.General.UnknownError",
        error["message"]?.ToString() ?? "(no message)");

    private static QueryCounters Counters(JsonObject? counters)
    {
        if (counters is null)
        {
            return QueryCounters.None;
        }
        int Count(string name) => counters[name] is { } value ? (int)value.GetValue<long>() : 0;
        return new QueryCounters(
            counters["containsUpdates"]?.GetValue<bool>() ?? false,
            Count("nodesCreated"),
            Count("nodesDeleted"),
            Count("propertiesSet"),
            Count("relationshipsCreated"),
            Count("relationshipsDeleted"),
            Count("labelsAdded"),
            Count("constraintsAdded"));
    }
}
