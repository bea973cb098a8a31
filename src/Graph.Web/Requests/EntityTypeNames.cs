using Graph.Core.Model;

namespace Graph.Web.Requests;

/// <summary>Entity types as users type them: the contract's words (<see cref="ContractNames"/>) in any case, or the id prefix ("org").</summary>
public static class EntityTypeNames
{
    public static bool TryParse(string value, out EntityType type)
    {
        var trimmed = value.Trim();
        foreach (var candidate in Enum.GetValues<EntityType>())
        {
            if (string.Equals(ContractNames.Of(candidate), trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(EntityId.Prefix(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}
