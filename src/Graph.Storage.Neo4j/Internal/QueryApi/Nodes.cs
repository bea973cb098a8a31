using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>Reads plain-JSON values the way Cypher returns them: a missing property is null, a list may be null.</summary>
internal static class Nodes
{
    public static string String(JsonNode? node) =>
        NullableString(node) ?? throw new InvalidDataException("Neo4j returned null where a string was expected.");

    public static string? NullableString(JsonNode? node) => node?.GetValue<string>();

    public static int Int(JsonNode? node) => node is null
        ? throw new InvalidDataException("Neo4j returned null where a number was expected.")
        : checked((int)node.GetValue<long>());

    public static ImmutableArray<string> Strings(JsonNode? node) =>
        node is JsonArray list ? [.. list.Select(String)] : [];
}
