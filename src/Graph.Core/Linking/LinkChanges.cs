namespace Graph.Core.Linking;

/// <summary>Which raw ids a linking pass moves: those whose linked entity differs from the last pass's (an unlinked id stands for itself).</summary>
public static class LinkChanges
{
    public static List<string> Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(id => before.GetValueOrDefault(id, id) != after.GetValueOrDefault(id, id))
            .Order(StringComparer.Ordinal)
            .ToList();
}
