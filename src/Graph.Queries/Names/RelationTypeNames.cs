using Graph.Core.Model;

namespace Graph.Queries.Names;

/// <summary>Relationship types spelled as in the JSON contract (MET, AFFILIATED_WITH, LEADER_OF), any case, - or _.</summary>
public static class RelationTypeNames
{
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<RelationType>().Select(Of).ToArray();

    public static string Of(RelationType type) => type switch
    {
        RelationType.Met => "MET",
        RelationType.AffiliatedWith => "AFFILIATED_WITH",
        RelationType.LeaderOf => "LEADER_OF",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool TryParse(string value, out RelationType type)
    {
        var normalised = value.Trim().Replace('-', '_').Replace(' ', '_').ToUpperInvariant();
        foreach (var candidate in Enum.GetValues<RelationType>())
        {
            if (Of(candidate) == normalised || Of(candidate).Replace("_", "") == normalised)
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}
