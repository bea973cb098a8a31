using System.Collections.Immutable;
using Graph.Core.Model;

namespace Graph.Core.Linking;

/// <summary>
/// An entity as the extractor named it inside single articles (its id is a function of one article's text),
/// summed over the whole store: the input of cross-article linking.
/// </summary>
public sealed record RawEntity(string Id, int Articles, ImmutableArray<NameUse> Names)
{
    public EntityType Type { get; } = EntityId.TypeOf(Id) ?? throw new ArgumentException($"'{Id}' is not an entity id.", nameof(Id));

    /// <summary>The name most articles gave as canonical (ties: ordinal order), else the most used one.</summary>
    public string DisplayName { get; } = Names
        .OrderByDescending(use => use.CanonicalArticles).ThenByDescending(use => use.Articles)
        .ThenBy(use => use.Name, StringComparer.Ordinal)
        .Select(use => use.Name).FirstOrDefault() ?? EntityId.SlugOf(Id);

    /// <summary>
    /// The raw entities of a store from its two counts: in how many articles each raw id is mentioned, and each of
    /// its names with their uses. Strings that are not entity ids are left out; the result is in id order.
    /// </summary>
    public static List<RawEntity> From(IEnumerable<(string Id, int Articles)> articles, IEnumerable<(string Id, NameUse Use)> names)
    {
        var usesById = names.ToLookup(row => row.Id, row => row.Use);
        return [.. articles
            .Where(row => EntityId.TypeOf(row.Id) is not null)
            .OrderBy(row => row.Id, StringComparer.Ordinal)
            .Select(row => new RawEntity(row.Id, row.Articles, [.. usesById[row.Id]]))];
    }
}
