using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Queries.Resolution;

/// <summary>
/// Turns what a user typed where an entity is expected (an id such as "person:kim-jong-un", a name, an
/// alias, a partial name) into one entity, or the candidates when the text fits several.
/// </summary>
public sealed class EntityResolver(IGraphReader reader)
{
    private const int MaxCandidates = 10;

    public async Task<EntityResolution> ResolveAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        var text = nameOrId.Trim();
        if (text.Length == 0)
        {
            return EntityResolution.Unknown;
        }
        if (text.Contains(':') && await reader.GetEntityAsync(text, cancellationToken) is { } byId)
        {
            return EntityResolution.Found(byId);
        }
        var matches = await reader.SearchEntitiesAsync(new EntityQuery(text, Limit: MaxCandidates), cancellationToken);
        var key = EntityId.Slug(text);
        // A name or alias spelled out in full wins over entities that merely contain it ("Ana Varga" over "Ana Varga Foundation").
        var exact = matches.Where(entity => IsNamed(entity, key)).ToList();
        return (exact.Count, matches.Count) switch
        {
            (1, _) => EntityResolution.Found(exact[0]),
            ( > 1, _) => EntityResolution.Ambiguous(exact),
            (0, 1) => EntityResolution.Found(matches[0]),
            (0, 0) => EntityResolution.Unknown,
            _ => EntityResolution.Ambiguous(matches),
        };
    }

    private static bool IsNamed(EntitySummary entity, string key) =>
        EntityId.Slug(entity.Name) == key || entity.Aliases.Any(alias => EntityId.Slug(alias) == key);
}
