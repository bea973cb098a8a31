using System.Text.Json.Nodes;
using Graph.Core.Queries;
using Graph.Storage.Neo4j.Internal.QueryApi;

namespace Graph.Storage.Neo4j.Internal.Reading;

/// <summary>Maps the map projections the read statements return (<c>entity {.id, .name, ...}</c>) to read models.</summary>
internal static class Records
{
    public static EntitySummary Entity(JsonObject map) => new(
        Nodes.String(map["id"]),
        StoredNames.EntityTypeOf(Nodes.Strings(map["labels"])),
        Nodes.String(map["name"]),
        Nodes.Strings(map["aliases"]),
        Nodes.Int(map["articles"]));

    public static ArticleReference Article(JsonObject map) => new(
        Nodes.String(map["id"]),
        Nodes.String(map["source"]),
        Nodes.NullableString(map["title"]),
        Nodes.NullableString(map["url"]),
        Nodes.NullableString(map["date"]),
        Nodes.NullableString(map["outlet"]));

    /// <summary>A stored status or role of '' stands for none.</summary>
    public static string? Optional(string? stored) => string.IsNullOrEmpty(stored) ? null : stored;
}
