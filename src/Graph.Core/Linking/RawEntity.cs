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
}
