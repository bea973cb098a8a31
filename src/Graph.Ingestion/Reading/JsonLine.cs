using System.Text.Json.Serialization;

namespace Graph.Ingestion.Reading;

/// <summary>One line of a JSON Lines input.</summary>
internal sealed record JsonLine(string? Title, string? Text, string? Url, string? Date, string? Source);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(JsonLine))]
internal sealed partial class JsonLineContext : JsonSerializerContext;
