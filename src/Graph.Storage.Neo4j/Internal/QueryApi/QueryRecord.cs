using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>One row of a result, its values read by field name (plain JSON: strings, numbers, lists, maps, null).</summary>
internal sealed class QueryRecord(ImmutableArray<string> fields, JsonArray values)
{
    public JsonNode? this[string field]
    {
        get
        {
            var index = fields.IndexOf(field);
            return index < 0
                ? throw new InvalidOperationException($"The result has no field '{field}'; it has {string.Join(", ", fields)}.")
                : values[index];
        }
    }

    public string String(string field) => Nodes.String(this[field]);

    public string? NullableString(string field) => Nodes.NullableString(this[field]);

    public int Int(string field) => Nodes.Int(this[field]);

    public int? NullableInt(string field) => this[field] is null ? null : Nodes.Int(this[field]);

    public ImmutableArray<string> Strings(string field) => Nodes.Strings(this[field]);

    public JsonArray List(string field) => this[field] as JsonArray ?? [];

    public JsonObject Map(string field) => this[field] as JsonObject
        ?? throw new InvalidDataException($"Field '{field}' is not a map.");
}
