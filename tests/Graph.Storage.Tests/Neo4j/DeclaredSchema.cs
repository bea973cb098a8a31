using System.Text.Json.Nodes;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>cypher/schema.json: the labels, relationship types, properties and parameters the graph declares.</summary>
internal sealed record DeclaredSchema(
    IReadOnlySet<string> Labels,
    IReadOnlySet<string> RelationshipTypes,
    IReadOnlyDictionary<string, IReadOnlySet<string>> NodeProperties,
    IReadOnlyDictionary<string, IReadOnlySet<string>> RelationshipProperties,
    JsonObject Parameters)
{
    public static string CypherFolder => Path.Combine(SharedData.RepositoryRoot, "cypher");

    public static DeclaredSchema Load()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(CypherFolder, "schema.json")))!.AsObject();
        static IReadOnlySet<string> Set(JsonNode? list) => list!.AsArray().Select(item => item!.GetValue<string>()).ToHashSet();
        static IReadOnlyDictionary<string, IReadOnlySet<string>> Map(JsonNode? map) =>
            map!.AsObject().ToDictionary(pair => pair.Key, pair => Set(pair.Value));
        return new DeclaredSchema(
            Set(json["labels"]),
            Set(json["relationshipTypes"]),
            Map(json["nodeProperties"]),
            Map(json["relationshipProperties"]),
            json["parameters"]!.AsObject());
    }

    public IReadOnlySet<string> AllNodeProperties => NodeProperties.Values.SelectMany(keys => keys).ToHashSet();

    public IReadOnlySet<string> AllRelationshipProperties => RelationshipProperties.Values.SelectMany(keys => keys).ToHashSet();

    /// <summary>The keys of a row parameter's sample (the first map of its list), or null when it is not a list of maps.</summary>
    public IReadOnlySet<string>? RowKeys(string parameter) =>
        Parameters[parameter] is JsonArray { Count: > 0 } list && list[0] is JsonObject sample
            ? sample.Select(pair => pair.Key).ToHashSet()
            : null;
}
