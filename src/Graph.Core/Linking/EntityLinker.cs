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
/// <item>A word before a name: "Senators Peter Holm" is "Peter Holm" when that name is far more common, and
/// "Ana Varga" is "Marta Ana Varga" when the long name is far more common and "Ana" is no known given name.</item>
/// <item>Short forms: a name ("Varga", "Park", "UN") joins the entity that articles used it for as an alias,
/// when one entity accounts for at least <see cref="Dominance"/> of those uses; a surname shared by several
/// people stays apart.</item>
/// <item>Acronyms: an organisation's initials ("CIA") join its full name when exactly one full name fits.</item>
/// </list>
/// </summary>
public static class EntityLinker
{
    /// <summary>
    /// The version of these rules: a store records the version its links were made with, and the next ingest links
    /// again when it differs, even if no article changed. Raise it whenever a rule or its word lists (nicknames) change.
    /// </summary>
    public const int Version = 3;

    /// <summary>The share of the evidence one candidate must hold for a name to be given to it.</summary>
    public const double Dominance = 0.9;

    /// <summary>How many times more articles the metadata reading of a name must have than the name itself.</summary>
    private const int RotationMargin = 3;

    /// <summary>In how many articles an entity must have used a short name for its use to count as evidence.</summary>
    private const int MinimumAliasUses = 2;

    /// <summary>Before how many different names a leading word must be seen to count as a stray word, not a given name.</summary>
    private const int StrayWordNames = 3;

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
        JoinLeadingWords(people.Select(pair => pair.Entity).ToList(), clusters);
        JoinTrailingWords(people.Select(pair => pair.Entity).ToList(), clusters);
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
        var rotations = new List<((string, string, string) Key, (string, string, string) Target)>();
        foreach (var (key, members) in groups.OrderBy(pair => pair.Key))
        {
            var articles = members.Sum(member => member.Entity.Articles);
            var rotated = members.Select(member => PersonName.ParseRotated(member.Entity.DisplayName))
                .FirstOrDefault(name => name is not null && name.Key != key && groups.ContainsKey(name.Key));
            if (rotated is not null && mainByKey.TryGetValue(rotated.Key, out var main)
                && MiddlesAgree(rotated, groups[rotated.Key].First(member => member.Entity.Id == main).Name)
                && groups[rotated.Key].Sum(member => member.Entity.Articles) >= RotationMargin * articles)
            {
                rotations.Add((key, rotated.Key));
            }
        }
        // A reading that is itself written surname first is no target: "Peter Holm Ana Varga" read as
        // "Holm Ana Varga Peter" must not reach "Peter Holm" through a stray "Holm Peter".
        var rotatedKeys = rotations.Select(rotation => rotation.Key).ToHashSet();
        foreach (var (key, target) in rotations.Where(rotation => !rotatedKeys.Contains(rotation.Target)))
        {
            foreach (var member in groups[key])
            {
                clusters.Join(member.Entity.Id, mainByKey[target], $"'{member.Entity.DisplayName}' is written surname first");
            }
        }
    }

    /// <summary>Middle parts agree when they are the same or one of the two names has none.</summary>
    private static bool MiddlesAgree(PersonName one, PersonName other) =>
        one.MiddleInitials.Length == 0 || other.MiddleInitials.Length == 0 || one.MiddleInitials == other.MiddleInitials;

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
    /// "Senators Peter Holm" or "Maybe Peter Holm" (a word that a sentence put before a name) joins "Peter Holm" when
    /// the two-word name is far more common than the three-word one. Decided on article counts alone, so the order
    /// of entities cannot matter.
    /// </summary>
    private static void JoinLeadingWords(List<RawEntity> people, EntityClusters clusters)
    {
        var twoWordNames = people.Where(entity => WordCount(entity.DisplayName) == 2)
            .GroupBy(entity => EntityId.Slug(entity.DisplayName))
            .ToDictionary(group => group.Key, group => group.OrderByDescending(entity => entity.Articles)
                .ThenBy(entity => entity.Id, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var candidates = ThreeWordNames(people)
            .Select(name => (name.Entity, Word: name.First, Target: twoWordNames.GetValueOrDefault(name.Tail)))
            .Where(candidate => candidate.Target is not null && candidate.Target.Articles >= RotationMargin * candidate.Entity.Articles
                && !Nicknames.IsGivenName(candidate.Word))
            .ToList();
        // A word seen before several different names ("Senators", "Maybe") is a stray word. Another first word may be
        // an unlisted given name: it counts as stray only while no two-word name shares its cluster ("Zed Peter Holm"
        // spelled also "Zed Holm" is Zed Holm, not Peter Holm).
        var strayWords = candidates.GroupBy(candidate => candidate.Word, StringComparer.Ordinal)
            .Where(group => group.Select(candidate => candidate.Target!.Id).Distinct().Count() >= StrayWordNames)
            .Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
        var withTwoWordName = twoWordNames.Values.Select(entity => clusters.Find(entity.Id)).ToHashSet(StringComparer.Ordinal);
        var joins = candidates
            .Where(candidate => strayWords.Contains(candidate.Word) || !withTwoWordName.Contains(clusters.Find(candidate.Entity.Id)))
            .Select(candidate => (candidate.Entity, candidate.Target))
            .ToList();
        foreach (var (entity, target) in joins)
        {
            clusters.Join(entity.Id, target!.Id,
                $"'{target.DisplayName}' is named in {target.Articles} articles and '{entity.DisplayName}', with a word before it, in {entity.Articles}");
        }
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
            // An entity that used the name in one article only is noise (a run-together or stray name) beside one that
            // used it in many; it neither wins nor spoils the dominance.
            var candidates = byCluster.Where(pair => pair.Key != own && pair.Value >= MinimumAliasUses).ToList();
            var total = candidates.Sum(pair => pair.Value);
            var best = candidates.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).FirstOrDefault();
            if (best.Key is null || best.Value < Dominance * total)
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
    /// "Bellini Jr." joins "Marco Bellini Jr." when that full name holds at least <see cref="Dominance"/> of the
    /// articles of full names with that surname and suffix: a suffix is rare enough that the short form means the
    /// common one.
    /// </summary>
    private static void JoinSurnamesWithSuffix(List<(RawEntity Entity, PersonName Name)> people, EntityClusters clusters)
    {
        var full = people.Where(pair => !pair.Name.IsSingleWord && pair.Name.Suffix.Length > 0)
            .GroupBy(pair => (pair.Name.Surname, pair.Name.Suffix))
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Entity).ToList());
        var joins = people.Where(pair => pair.Name.IsSingleWord && pair.Name.Suffix.Length > 0)
            .Select(pair => (pair.Entity, Target: full.TryGetValue((pair.Name.Surname, pair.Name.Suffix), out var fits) ? DominantCluster(fits, clusters) : null))
            .Where(pair => pair.Target is not null)
            .ToList();
        foreach (var (entity, target) in joins)
        {
            clusters.Join(entity.Id, target!, $"'{entity.DisplayName}' is the common full name with that surname and suffix");
        }
    }

    /// <summary>
    /// "Ana Varga" joins "Marta Ana Varga" when the three-word name holds at least <see cref="Dominance"/> of the
    /// articles of three-word names ending so and is far more common than the short one, unless the short one begins
    /// with a known given name (then it may be another person: Peter Holm beside Ana Peter Holm).
    /// </summary>
    private static void JoinTrailingWords(List<RawEntity> people, EntityClusters clusters)
    {
        var byTail = ThreeWordNames(people)
            .GroupBy(name => name.Tail, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(name => name.Entity).ToList(), StringComparer.Ordinal);
        var joins = new List<(RawEntity Entity, string Target)>();
        foreach (var entity in people.Where(entity => WordCount(entity.DisplayName) == 2))
        {
            var slug = EntityId.Slug(entity.DisplayName);
            if (Nicknames.IsGivenName(slug.Split('-')[0]) || !byTail.TryGetValue(slug, out var longer)
                || DominantCluster(longer, clusters) is not { } target
                || longer.Where(other => clusters.Find(other.Id) == target).Sum(other => other.Articles) < RotationMargin * entity.Articles)
            {
                continue;
            }
            joins.Add((entity, target));
        }
        foreach (var (entity, target) in joins)
        {
            clusters.Join(entity.Id, target, $"'{entity.DisplayName}' is the end of the far more common three-word name of its cluster");
        }
    }

    /// <summary>
    /// People named by exactly three plain words ("Marta Ana Varga": no initials, no suffix), with the name's first
    /// word and its last two, folded.
    /// </summary>
    private static IEnumerable<(RawEntity Entity, string First, string Tail)> ThreeWordNames(List<RawEntity> people) =>
        from entity in people
        where WordCount(entity.DisplayName) == 3 && PersonName.Parse(entity.DisplayName) is { Words: 3, Suffix: "" }
        let words = EntityId.Slug(entity.DisplayName).Split('-', 2)
        select (entity, words[0], words[1]);

    /// <summary>The cluster that holds at least <see cref="Dominance"/> of these entities' articles, if one does.</summary>
    private static string? DominantCluster(List<RawEntity> entities, EntityClusters clusters)
    {
        var byCluster = entities.GroupBy(entity => clusters.Find(entity.Id), StringComparer.Ordinal)
            .Select(group => (Cluster: group.Key, Articles: group.Sum(entity => entity.Articles)))
            .OrderByDescending(pair => pair.Articles).ThenBy(pair => pair.Cluster, StringComparer.Ordinal)
            .ToList();
        var total = byCluster.Sum(pair => pair.Articles);
        return byCluster.Count > 0 && byCluster[0].Articles >= Dominance * total ? byCluster[0].Cluster : null;
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
