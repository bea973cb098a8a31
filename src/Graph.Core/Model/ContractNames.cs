namespace Graph.Core.Model;

/// <summary>
/// The words the JSON contract uses for relation types and meeting statuses ("MET", "held"). Stores keep
/// the same words, so the database reads like the extraction output (in sqlite3 and in Neo4j Browser).
/// </summary>
public static class ContractNames
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
