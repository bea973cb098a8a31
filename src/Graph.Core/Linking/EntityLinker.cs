using System.Collections.Immutable;
using Graph.Core.Model;

namespace Graph.Core.Linking;

/// <summary>
/// Decides, over the whole store, which raw entities (as single articles named them) are one real entity.
/// A pure function of the set of raw entities: the same store gives the same links whatever the order in
/// which its articles arrived. The rules, in order:
/// <list type="number">
/// <item>Type vote: one name seen as a Person and as an Organization is the type most articles gave it.</item>
/// <item>Full names: people whose given name (nicknames folded: Bill is William), surname and suffix agree
/// are one, unless their middle names or initials disagree (Peter Q. and Peter R. S. Holm); a name with no
/// middle part joins the variant that holds at least <see cref="Dominance"/> of the articles.</item>
/// <item>Metadata order: "Holm Peter Quincy" is "Peter Quincy Holm" when that reading is far more common.</item>
/// <item>Short forms: a name ("Varga", "Park", "UN") joins the entity that articles used it for as an alias,
/// when one entity accounts for at least <see cref="Dominance"/> of those uses; a surname shared by several
/// people stays apart.</item>
/// <item>Acronyms: an organisation's initials ("CIA") join its full name when exactly one full name fits.</item>
/// </list>
/// </summary>
public static class EntityLinker
{
    /// <summary>The share of the evidence one candidate must hold for a name to be given to it.</summary>
    public const double Dominance = 0.9;

    /// <summary>How many times more articles the metadata reading of a name must have than the name itself.</summary>
    private const int RotationMargin = 3;

    private static readonly ImmutableHashSet<string> AcronymSkips = ["of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "de"];

    public static IReadOnlyList<EntityLink> Link(IEnumerable<RawEntity> rawEntities)
    {
        var entities = rawEntities.OrderBy(entity => entity.Id, StringComparer.Ordinal).ToList();
        var byId = entities.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var clusters = new EntityClusters();
        VoteTypes(entities, clusters);
        var people = entities.Where(entity => entity.Type == EntityType.Person)
            .Select(entity => (Entity: entity, Name: PersonName.Parse(entity.DisplayName)))
            .Where(pair => pair.Name is not null)
            .ToList();
        JoinFullNames(people.Where(pair => !pair.Name!.IsSingleWord).Select(pair => (pair.Entity, pair.Name!)).ToList(), clusters);
        JoinByAliasUse(entities, byId, clusters);
        JoinSurnamesWithSuffix(people.Select(pair => (pair.Entity, pair.Name!)).ToList(), clusters);
        JoinAcronyms(entities, byId, clusters);
        return Links(entities, byId, clusters);
    }

    private static void VoteTypes(List<RawEntity> entities, EntityClusters clusters)
    {
        var votable = entities.Where(entity => entity.Type is EntityType.Person or EntityType.Organization or EntityType.Place);
        foreach (var group in votable.GroupBy(entity => EntityId.SlugOf(entity.Id)).Where(group => group.Count() > 1))
        {
            var total = group.Sum(entity => entity.Articles);
            var winner = group.OrderByDescending(entity => entity.Articles).ThenBy(entity => entity.Type).First();
            if (winner.Articles * 2 <= total)
            {
                continue;
            }
            var counts = string.Join(", ", group.OrderByDescending(entity => entity.Articles).Select(entity => $"{entity.Type} in {entity.Articles}"));
            foreach (var loser in group.Where(entity => entity != winner))
            {
                clusters.Join(loser.Id, winner.Id, $"type vote: '{winner.DisplayName}' is a {winner.Type} in most articles ({counts})");
            }
        }
    }

    private static void JoinFullNames(List<(RawEntity Entity, PersonName Name)> people, EntityClusters clusters)
    {
        var groups = people.GroupBy(pair => pair.Name.Key).ToDictionary(group => group.Key, group => group.ToList());
        var mainByKey = new Dictionary<(string, string, string), string>();
        foreach (var (key, members) in groups.OrderBy(pair => pair.Key))
        {
            if (JoinVariants(members, clusters) is { } main)
            {
                mainByKey[key] = main;
            }
        }
        foreach (var (key, members) in groups.OrderBy(pair => pair.Key))
        {
            var articles = members.Sum(member => member.Entity.Articles);
            var rotated = members.Select(member => PersonName.ParseRotated(member.Entity.DisplayName))
                .FirstOrDefault(name => name is not null && name.Key != key && groups.ContainsKey(name.Key));
            if (rotated is null || !mainByKey.TryGetValue(rotated.Key, out var target))
            {
                continue;
            }
            if (groups[rotated.Key].Sum(member => member.Entity.Articles) >= RotationMargin * articles)
            {
                foreach (var member in members)
                {
                    clusters.Join(member.Entity.Id, target, $"'{member.Entity.DisplayName}' is written surname first");
                }
            }
        }
    }

    /// <summary>
    /// Joins the spellings of one given name and surname; returns the id of the variant that holds the most
    /// articles, or null when the variants disagree and none dominates.
    /// </summary>
    private static string? JoinVariants(List<(RawEntity Entity, PersonName Name)> members, EntityClusters clusters)
    {
        var byMiddle = members.GroupBy(pair => pair.Name.MiddleInitials)
            .Select(group => (Middle: group.Key, Members: group.OrderByDescending(pair => pair.Entity.Articles)
                .ThenBy(pair => pair.Entity.Id, StringComparer.Ordinal).Select(pair => pair.Entity).ToList()))
            .ToList();
        foreach (var (middle, variants) in byMiddle)
        {
            foreach (var variant in variants.Skip(1))
            {
                clusters.Join(variant.Id, variants[0].Id, $"'{variant.DisplayName}' and '{variants[0].DisplayName}' are spellings of one name");
            }
        }
        var withMiddle = byMiddle.Where(group => group.Middle.Length > 0)
            .OrderByDescending(group => group.Members.Sum(entity => entity.Articles))
            .ThenBy(group => group.Middle, StringComparer.Ordinal)
            .ToList();
        var plain = byMiddle.FirstOrDefault(group => group.Middle.Length == 0).Members;
        if (withMiddle.Count == 0)
        {
            return plain?[0].Id;
        }
        var total = withMiddle.Sum(group => group.Members.Sum(entity => entity.Articles));
        var leader = withMiddle[0];
        var dominates = leader.Members.Sum(entity => entity.Articles) >= Dominance * total;
        if (plain is not null && dominates)
        {
            clusters.Join(leader.Members[0].Id, plain[0].Id,
                $"'{leader.Members[0].DisplayName}' is '{plain[0].DisplayName}' with a middle name or initial");
            return plain[0].Id;
        }
        return dominates ? leader.Members[0].Id : plain?[0].Id;
    }

    /// <summary>
    /// A raw entity whose name other entities used as an alias joins the one that holds at least
    /// <see cref="Dominance"/> of those uses (counted in articles), when that name is shorter than the entity's own.
    /// </summary>
    private static void JoinByAliasUse(List<RawEntity> entities, Dictionary<string, RawEntity> byId, EntityClusters clusters)
    {
        var uses = new Dictionary<(EntityType, string), Dictionary<string, int>>();
        foreach (var entity in entities)
        {
            var cluster = clusters.Find(entity.Id);
            foreach (var use in entity.Names.Where(use => use.Name != entity.DisplayName))
            {
                var key = (entity.Type, EntityId.Slug(use.Name));
                if (!uses.TryGetValue(key, out var byCluster))
                {
                    uses[key] = byCluster = new Dictionary<string, int>(StringComparer.Ordinal);
                }
                byCluster[cluster] = byCluster.GetValueOrDefault(cluster) + use.Articles;
            }
        }
        var joins = new List<(RawEntity Entity, string Target, int Uses, int Total)>();
        foreach (var entity in entities)
        {
            if (!uses.TryGetValue((entity.Type, EntityId.Slug(entity.DisplayName)), out var byCluster))
            {
                continue;
            }
            var own = clusters.Find(entity.Id);
            var candidates = byCluster.Where(pair => pair.Key != own).ToList();
            var total = candidates.Sum(pair => pair.Value);
            var best = candidates.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).FirstOrDefault();
            if (best.Key is null || best.Value < 2 || best.Value < Dominance * total)
            {
                continue;
            }
            var words = WordCount(entity.DisplayName);
            if (WordCount(byId[best.Key].DisplayName) <= words)
            {
                continue;
            }
            joins.Add((entity, best.Key, best.Value, total));
        }
        // Decided on the clusters as they stood before any of these joins, so the order of entities cannot matter.
        foreach (var (entity, target, count, total) in joins)
        {
            clusters.Join(entity.Id, target,
                $"articles used '{entity.DisplayName}' for '{byId[target].DisplayName}' in {count} of {total} articles that used it as an alias");
        }
    }

    /// <summary>
    /// "Bellini Jr." joins "Marco Bellini Jr." when exactly one full name has that surname and suffix: a suffix is rare
    /// enough that the short form cannot mean anyone else.
    /// </summary>
    private static void JoinSurnamesWithSuffix(List<(RawEntity Entity, PersonName Name)> people, EntityClusters clusters)
    {
        var full = people.Where(pair => !pair.Name.IsSingleWord && pair.Name.Suffix.Length > 0)
            .GroupBy(pair => (pair.Name.Surname, pair.Name.Suffix))
            .ToDictionary(group => group.Key, group => group.Select(pair => clusters.Find(pair.Entity.Id)).Distinct().ToList());
        foreach (var (entity, name) in people.Where(pair => pair.Name.IsSingleWord && pair.Name.Suffix.Length > 0))
        {
            if (full.TryGetValue((name.Surname, name.Suffix), out var fits) && fits.Count == 1 && !clusters.AreTogether(entity.Id, fits[0]))
            {
                clusters.Join(entity.Id, fits[0], $"'{entity.DisplayName}' is the only full name with that surname and suffix");
            }
        }
    }

    private static void JoinAcronyms(List<RawEntity> entities, Dictionary<string, RawEntity> byId, EntityClusters clusters)
    {
        var organizations = entities.Where(entity => entity.Type == EntityType.Organization).ToList();
        var byAcronym = organizations
            .Where(entity => WordCount(entity.DisplayName) > 1)
            .GroupBy(entity => Acronym(entity.DisplayName))
            .Where(group => group.Key.Length >= 2)
            .ToDictionary(group => group.Key, group => group.Select(entity => clusters.Find(entity.Id)).Distinct().ToList(), StringComparer.Ordinal);
        foreach (var entity in organizations)
        {
            var letters = new string(entity.DisplayName.Where(char.IsLetter).ToArray());
            if (letters.Length is < 2 or > 8 || letters.Any(char.IsLower) || entity.DisplayName.Contains(' '))
            {
                continue;
            }
            if (byAcronym.TryGetValue(letters, out var fits) && fits.Count == 1 && !clusters.AreTogether(entity.Id, fits[0]))
            {
                clusters.Join(entity.Id, fits[0], $"'{entity.DisplayName}' is the initials of '{byId[fits[0]].DisplayName}'");
            }
        }
    }

    /// <summary>The initials of a name's words, skipping short function words: "Central Intelligence Agency" → "CIA".</summary>
    internal static string Acronym(string name) => string.Concat(name
        .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Where(word => !AcronymSkips.Contains(word.ToLowerInvariant()) && char.IsLetter(word[0]))
        .Select(word => char.ToUpperInvariant(word[0])));

    private static int WordCount(string name) => EntityId.Slug(name).Split('-', StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<EntityLink> Links(List<RawEntity> entities, Dictionary<string, RawEntity> byId, EntityClusters clusters)
    {
        var links = new List<EntityLink>();
        foreach (var members in entities.GroupBy(entity => clusters.Find(entity.Id)).Where(group => group.Count() > 1))
        {
            var representative = Representative(members.ToList());
            links.AddRange(members.Where(member => member.Id != representative.Id)
                .Select(member => new EntityLink(member.Id, representative.Id, clusters.ReasonFor(member.Id))));
        }
        return links.OrderBy(link => link.RawId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The member whose id the cluster keeps: of the type most articles gave, a full name before a short
    /// one, then the most articles, then ordinal order.
    /// </summary>
    private static RawEntity Representative(List<RawEntity> members)
    {
        var type = members.GroupBy(member => member.Type)
            .OrderByDescending(group => group.Sum(member => member.Articles)).ThenBy(group => group.Key).First().Key;
        return members.Where(member => member.Type == type)
            .OrderByDescending(member => WordCount(member.DisplayName) > 1)
            .ThenByDescending(member => member.Articles)
            .ThenBy(member => member.Id, StringComparer.Ordinal)
            .First();
    }
}
