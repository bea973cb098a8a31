using System.Text.Json.Serialization;

namespace Graph.Storage.Neo4j.Internal.Writing;

/// <summary>Serialises write rows as camelCase JSON maps; null values are kept (Cypher sets the property to null).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<ArticleRow>))]
[JsonSerializable(typeof(List<MentionRow>))]
[JsonSerializable(typeof(List<RelationRow>))]
[JsonSerializable(typeof(List<QuoteRow>))]
[JsonSerializable(typeof(List<EntityNamesRow>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class RowsJson : JsonSerializerContext;
