using Graph.Core.Model;

namespace Graph.Web.Requests;

/// <summary>Relationship types as users type them: the contract's words (<see cref="ContractNames"/>) in any case, with - or _ or none.</summary>
public static class RelationTypeNames
{
    public static bool TryParse(string value, out RelationType type)
    {
        var normalised = value.Trim().Replace('-', '_').Replace(' ', '_').ToUpperInvariant();
        foreach (var candidate in Enum.GetValues<RelationType>())
        {
            var name = ContractNames.Of(candidate);
            if (name == normalised || name.Replace("_", "") == normalised)
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}
