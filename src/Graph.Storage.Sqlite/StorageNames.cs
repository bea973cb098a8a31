using Graph.Core.Model;

namespace Graph.Storage.Sqlite;

/// <summary>How enum values are spelled in the tables: the same words as the JSON contract, readable in sqlite3.</summary>
internal static class StorageNames
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
        _ => throw new InvalidDataException($"Unknown relation type '{name}' in the database."),
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

    public static string Of(EntityType type) => type.ToString();

    public static EntityType EntityTypeOf(string name) => Enum.Parse<EntityType>(name);
}
