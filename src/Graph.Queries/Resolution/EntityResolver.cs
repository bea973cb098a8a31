using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Queries.Resolution;

/// <summary>
/// Turns what a user typed where an entity is expected (an id such as "person:kim-jong-un", an id that
/// linking merged into another entity, a name, an alias, a partial name) into one entity, or the candidates
/// when the text fits several. When several entities carry the name, the one that accounts for at least
/// <see cref="Dominance"/> of the articles that used it is the answer ("Varga" is Ana Varga when
/// nearly every article that says "Varga" means her, counting only entities named so in more than one article);
/// otherwise the name is ambiguous.
/// </summary>
public sealed class EntityResolver(IGraphReader reader)
{
    /// <summary>The share of the articles using a name that one entity must hold to be that name's answer.</summary>
    public const double Dominance = 0.9;

    /// <summary>In how many articles an entity must be named so for its share to count.</summary>
    private const int MinimumArticles = 2;

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
        if (exact.Count > 1 && await DominantAsync(text, exact, cancellationToken) is { } dominant)
        {
            return EntityResolution.Found(dominant);
        }
        return (exact.Count, matches.Count) switch
        {
            (1, _) => EntityResolution.Found(exact[0]),
            ( > 1, _) => EntityResolution.Ambiguous(exact),
            (0, 1) => EntityResolution.Found(matches[0]),
            (0, 0) => EntityResolution.Unknown,
            _ => EntityResolution.Ambiguous(matches),
        };
    }

    /// <summary>The entity that holds at least <see cref="Dominance"/> of the articles naming it so, if the store can tell.</summary>
    private async Task<EntitySummary?> DominantAsync(string name, List<EntitySummary> candidates, CancellationToken cancellationToken)
    {
        if (reader is not INameStatistics statistics)
        {
            return null;
        }
        var counts = await statistics.CountArticlesNamingAsync(name, [.. candidates.Select(entity => entity.Id)], cancellationToken);
        // An entity named so in one article only (a run-together or stray name) neither wins nor spoils the dominance.
        var total = counts.Values.Where(count => count >= MinimumArticles).Sum();
        var best = candidates.MaxBy(entity => counts.GetValueOrDefault(entity.Id));
        return best is not null && total > 0 && counts.GetValueOrDefault(best.Id) >= Dominance * total ? best : null;
    }

    private static bool IsNamed(EntitySummary entity, string key) =>
        EntityId.Slug(entity.Name) == key || entity.Aliases.Any(alias => EntityId.Slug(alias) == key);
}
