using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Graph.Core.Model;
using Graph.Storage.Neo4j.Internal.QueryApi;

namespace Graph.Storage.Neo4j.Internal.Writing;

/// <summary>
/// An entity's display name is the canonical name most articles gave it (ties broken by ordinal order), its
/// aliases every other name it was seen under: the embedded store's rule, so both stores name entities alike
/// whatever order the articles arrived in.
/// </summary>
internal static class EntityNaming
{
    /// <summary>From the <c>mentions</c> list of write/entity-names.cypher; null when no article mentions the entity.</summary>
    public static EntityNamesRow? From(string entityId, JsonArray mentions) =>
        From(entityId, mentions.OfType<JsonObject>().Select(mention => new ArticleNames(
            Nodes.String(mention["article"]), Nodes.Strings(mention["names"]), Nodes.Strings(mention["canonical"]))));

    public static EntityNamesRow? From(string entityId, IEnumerable<ArticleNames> mentions)
    {
        var rows = mentions
            .SelectMany(mention => mention.Names.Select(name => (Name: name, IsCanonical: mention.Canonical.Contains(name), mention.Article)))
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        var name = rows.Where(row => row.IsCanonical)
            .GroupBy(row => row.Name)
            .OrderByDescending(names => names.Select(row => row.Article).Distinct().Count())
            .ThenBy(names => names.Key, StringComparer.Ordinal)
            .Select(names => names.Key)
            .FirstOrDefault() ?? rows.Min(row => row.Name)!;
        var allNames = rows.Select(row => row.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        ImmutableArray<string> aliases = [.. allNames.Where(alias => alias != name)];
        ImmutableArray<string> keys = [.. allNames.Select(EntityId.Slug).Distinct()];
        return new EntityNamesRow(entityId, name, aliases, keys);
    }
}
