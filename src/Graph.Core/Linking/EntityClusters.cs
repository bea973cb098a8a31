namespace Graph.Core.Linking;

/// <summary>
/// Raw entities joined into clusters (a union-find over their ids), remembering why each one joined.
/// The cluster's representative is chosen at the end, so the result does not depend on the order of joins.
/// </summary>
internal sealed class EntityClusters
{
    private readonly Dictionary<string, string> parents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> reasons = new(StringComparer.Ordinal);

    public string Find(string id)
    {
        var root = id;
        while (parents.TryGetValue(root, out var parent) && parent != root)
        {
            root = parent;
        }
        // Path compression: every id on the way now points at the root.
        while (id != root && parents.TryGetValue(id, out var next))
        {
            parents[id] = root;
            id = next;
        }
        return root;
    }

    /// <summary>Joins the cluster of <paramref name="joining"/> to that of <paramref name="into"/>, with the reason.</summary>
    public void Join(string joining, string into, string reason)
    {
        var (from, to) = (Find(joining), Find(into));
        if (from == to)
        {
            return;
        }
        parents[from] = to;
        reasons.TryAdd(joining, reason);
        reasons.TryAdd(from, reason);
    }

    public string ReasonFor(string id) => reasons.GetValueOrDefault(id, "linked with the rest of its cluster");

    public bool AreTogether(string first, string second) => Find(first) == Find(second);
}
