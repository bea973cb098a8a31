using Graph.Core.Model;

namespace Graph.Queries.Names;

/// <summary>Entity types as users type them: any case, and the short "org" as well as "Organization".</summary>
public static class EntityTypeNames
{
    public static bool TryParse(string value, out EntityType type)
    {
        var trimmed = value.Trim();
        if (Enum.TryParse(trimmed, ignoreCase: true, out type) && Enum.IsDefined(type) && !char.IsDigit(trimmed[0]))
        {
            return true;
        }
        foreach (var candidate in Enum.GetValues<EntityType>())
        {
            if (string.Equals(EntityId.Prefix(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        return false;
    }
}
