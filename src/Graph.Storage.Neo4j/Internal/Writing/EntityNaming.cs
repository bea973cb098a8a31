using System.Collections.Immutable;
using Graph.Core.Model;

namespace Graph.Storage.Neo4j.Internal.Writing;

/// <summary>
/// An entity's display name is the canonical name most articles gave it (ties broken by ordinal order), its
/// aliases every other name it was seen under: the embedded store's rule, so both stores name entities alike
/// whatever order the articles arrived in.
/// </summary>
internal static class EntityNaming
{
    /// <summary>From the counts kept on the entity; null when no article mentions it any more.</summary>
    public static EntityNamesRow? From(string entityId, NameTally tally)
    {
        var uses = tally.Names.ToList();
        if (tally.Articles <= 0 || uses.Count == 0)
        {
            return null;
        }
        var name = uses.Where(use => use.CanonicalArticles > 0)
            .OrderByDescending(use => use.CanonicalArticles)
            .ThenBy(use => use.Name, StringComparer.Ordinal)
            .Select(use => use.Name)
            .FirstOrDefault() ?? uses.Select(use => use.Name).Min()!;
        ImmutableArray<string> aliases = [.. uses.Select(use => use.Name).Where(alias => alias != name)];
        ImmutableArray<string> keys = [.. uses.Select(use => EntityId.Slug(use.Name)).Distinct()];
        return new EntityNamesRow(entityId, name, aliases, keys)
        {
            Articles = tally.Articles,
            Names = [.. uses.Select(use => use.Name)],
            NameArticles = [.. uses.Select(use => use.Articles)],
            CanonicalArticles = [.. uses.Select(use => use.CanonicalArticles)],
        };
    }

    /// <summary>From how each article named the entity (one entry per mention).</summary>
    public static EntityNamesRow? From(string entityId, IEnumerable<ArticleNames> mentions) =>
        From(entityId, NameTally.Of(mentions));
}
