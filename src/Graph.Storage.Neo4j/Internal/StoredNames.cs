using Graph.Core.Model;

namespace Graph.Storage.Neo4j.Internal;

/// <summary>How enum values are spelled in the graph: the words of the JSON contract, readable in Browser.</summary>
internal static class StoredNames
{
    public static string Of(RelationType type) => type switch
    {
        RelationType.Met => "MET",
        RelationType.AffiliatedWith => "AFFILIATED_WITH",
        RelationType.LeaderOf => "LEADER_OF",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static RelationType RelationTypeOf(string name) => name switch
    {
        "MET" => RelationType.Met,
        "AFFILIATED_WITH" => RelationType.AffiliatedWith,
        "LEADER_OF" => RelationType.LeaderOf,
        _ => throw new InvalidDataException($"Unknown relationship type '{name}' in Neo4j."),
    };

    public static string? Of(MeetingStatus? status) => status switch
    {
        MeetingStatus.Held => "held",
        MeetingStatus.Planned => "planned",
        _ => null,
    };

    public static MeetingStatus? StatusOf(string? name) => name switch
    {
        "held" => MeetingStatus.Held,
        "planned" => MeetingStatus.Planned,
        _ => null,
    };

    /// <summary>The entity type among a node's labels.</summary>
    public static EntityType EntityTypeOf(IEnumerable<string> labels) =>
        labels.Select(label => Enum.TryParse<EntityType>(label, out var type) ? type : (EntityType?)null)
            .FirstOrDefault(type => type is not null)
        ?? throw new InvalidDataException("A Neo4j entity node has none of the labels Person, Country, Organization, Place.");
}
