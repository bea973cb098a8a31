using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Model;

/// <summary>The JSON shape of the extraction contract: camelCase, nulls left out, one document per line.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ArticleGraph))]
public sealed partial class GraphJson : JsonSerializerContext
{
    public static string Serialize(ArticleGraph graph) =>
        JsonSerializer.Serialize(graph, Default.ArticleGraph);

    public static ArticleGraph Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Default.ArticleGraph)
        ?? throw new JsonException("The document is empty.");
}
