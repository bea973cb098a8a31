namespace Graph.Core.Model;

/// <summary>
/// The one vocabulary of the model: the words the JSON contract uses for entity types, relation types and meeting
/// statuses ("Person", "MET", "held"). Stores, the query layer and the web map from here, so the database reads like
/// the extraction output (in sqlite3 and in Neo4j Browser) and the API speaks the same words.
/// </summary>
public static class ContractNames
{
    /// <summary>Every relation type's word, in enum order: MET, AFFILIATED_WITH, LEADER_OF.</summary>
    public static IReadOnlyList<string> RelationTypes { get; } = Enum.GetValues<RelationType>().Select(Of).ToArray();

    /// <summary>Every entity type's word, in enum order: Person, Country, Organization, Place (also the Neo4j labels).</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = Enum.GetValues<EntityType>().Select(Of).ToArray();

    public static string Of(EntityType type) => Enum.IsDefined(type) ? type.ToString() : throw new ArgumentOutOfRangeException(nameof(type));

    /// <summary>The entity type a stored word names, exactly as <see cref="Of(EntityType)"/> spells it; false for any other word.</summary>
    public static bool TryEntityTypeOf(string? name, out EntityType type)
    {
        foreach (var candidate in Enum.GetValues<EntityType>())
        {
            if (Of(candidate) == name)
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    public static EntityType EntityTypeOf(string name) =>
        TryEntityTypeOf(name, out var type) ? type : throw new InvalidDataException($"Unknown entity type '{name}' in the store.");

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
        _ => throw new InvalidDataException($"Unknown relation type '{name}' in the store."),
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
}
