using Graph.Core.Model;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Relations;

/// <summary>
/// A committee named after its chamber or party ("Senate Foreign Relations Committee", "House Intelligence Committee")
/// is part of that body: its chair or member sits in the chamber too, when the article names the chamber.
/// </summary>
internal static class ParentBodies
{
    private static readonly string[] CommitteeHeads = ["Committee", "Subcommittee", "Caucus"];

    public static IEnumerable<RelationDraft> Of(ResolvedArticle article, IReadOnlyList<RelationDraft> affiliations)
    {
        var organizations = article.Entities.Where(e => e.Type == EntityType.Organization && e.Spans.Count > 0).ToList();
        foreach (var draft in affiliations.Where(d => d.Type == RelationType.AffiliatedWith && CommitteeHeads.Any(h => d.Target.Name.EndsWith(" " + h, StringComparison.Ordinal))))
        {
            var parent = organizations
                .Where(o => o != draft.Target && o.Surfaces.Append(o.Name).Any(s => draft.Target.Name.StartsWith(s + " ", StringComparison.Ordinal)))
                .ToList();
            if (parent.Count == 1 && affiliations.All(d => d.Source != draft.Source || d.Target != parent[0]))
            {
                yield return draft with { Target = parent[0], Role = null };
            }
        }
    }
}
