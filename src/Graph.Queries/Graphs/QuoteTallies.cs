using System.Collections.Immutable;
using Graph.Core.Queries;

namespace Graph.Queries.Graphs;

/// <summary>How many quotes each entity said, how many are about it, and who spoke about whom, over the whole store.</summary>
/// <param name="Speakers">Every speaker with their number of quotes, most quoted first, ties by id.</param>
/// <param name="Pairs">For each entity, the (speaker, subject, quotes) pairs it takes part in, most quotes first.</param>
public sealed record QuoteTallies(
    ImmutableArray<(EntitySummary Speaker, int Quotes)> Speakers,
    ImmutableDictionary<string, int> Said,
    ImmutableDictionary<string, int> About,
    ImmutableDictionary<string, ImmutableArray<SpeakerPair>> Pairs)
{
    public int SaidBy(string entityId) => Said.GetValueOrDefault(entityId);

    public int AboutOf(string entityId) => About.GetValueOrDefault(entityId);

    public ImmutableArray<SpeakerPair> PairsOf(string entityId) => Pairs.GetValueOrDefault(entityId, []);

    public static QuoteTallies Of(IEnumerable<QuoteRecord> quotes)
    {
        var speakers = new Dictionary<string, (EntitySummary Speaker, int Quotes)>(StringComparer.Ordinal);
        var about = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string Speaker, string About), int>();
        foreach (var quote in quotes)
        {
            var speaker = quote.Speaker.Id;
            speakers[speaker] = speakers.TryGetValue(speaker, out var entry) ? (entry.Speaker, entry.Quotes + 1) : (quote.Speaker, 1);
            foreach (var subject in quote.About.Select(a => a.Id).Distinct())
            {
                about[subject] = about.GetValueOrDefault(subject) + 1;
                if (subject != speaker)
                {
                    pairs[(speaker, subject)] = pairs.GetValueOrDefault((speaker, subject)) + 1;
                }
            }
        }
        var pairsByEntity = ByEntity(pairs.Select(pair => new SpeakerPair(pair.Key.Speaker, pair.Key.About, pair.Value)));
        return new QuoteTallies(
            speakers.Values.OrderByDescending(e => e.Quotes).ThenBy(e => e.Speaker.Id, StringComparer.Ordinal).ToImmutableArray(),
            speakers.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.Quotes, StringComparer.Ordinal),
            about.ToImmutableDictionary(StringComparer.Ordinal),
            pairsByEntity);
    }

    /// <summary>
    /// The tallies from bare quote links (<see cref="IQuoteLinkReader"/>): the counts of every entity, and the
    /// summaries of the <paramref name="topPerType"/> most quoted speakers of each type (all a ranking shows).
    /// </summary>
    public static async Task<QuoteTallies> FromLinksAsync(
        IReadOnlyList<QuoteLink> links, Func<string, Task<EntitySummary?>> summary, int topPerType)
    {
        var said = links.GroupBy(link => link.SpeakerId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(link => link.QuoteId).Distinct().Count(), StringComparer.Ordinal);
        var about = links.Where(link => link.AboutId is not null)
            .GroupBy(link => link.AboutId!, StringComparer.Ordinal)
            .ToImmutableDictionary(group => group.Key, group => group.Select(link => link.QuoteId).Distinct().Count(), StringComparer.Ordinal);
        var pairs = ByEntity(links.Where(link => link.AboutId is not null && link.AboutId != link.SpeakerId)
            .GroupBy(link => (link.SpeakerId, About: link.AboutId!))
            .Select(group => new SpeakerPair(group.Key.SpeakerId, group.Key.About, group.Select(link => link.QuoteId).Distinct().Count())));
        var top = said
            .GroupBy(pair => Graph.Core.Model.EntityId.TypeOf(pair.Key))
            .SelectMany(group => group.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(topPerType));
        var speakers = new List<(EntitySummary Speaker, int Quotes)>();
        foreach (var (id, quotes) in top)
        {
            if (await summary(id) is { } found)
            {
                speakers.Add((found, quotes));
            }
        }
        return new QuoteTallies(
            [.. speakers.OrderByDescending(entry => entry.Quotes).ThenBy(entry => entry.Speaker.Id, StringComparer.Ordinal)],
            said.ToImmutableDictionary(StringComparer.Ordinal),
            about,
            pairs);
    }

    /// <summary>Each entity's pairs, as speaker or as subject, most quotes first.</summary>
    private static ImmutableDictionary<string, ImmutableArray<SpeakerPair>> ByEntity(IEnumerable<SpeakerPair> pairs) =>
        pairs
            .SelectMany(pair => new[] { (Entity: pair.Speaker, Pair: pair), (Entity: pair.About, Pair: pair) })
            .GroupBy(item => item.Entity, StringComparer.Ordinal)
            .ToImmutableDictionary(
                group => group.Key,
                group => group.Select(item => item.Pair)
                    .OrderByDescending(pair => pair.Quotes).ThenBy(pair => pair.Speaker, StringComparer.Ordinal).ThenBy(pair => pair.About, StringComparer.Ordinal)
                    .ToImmutableArray(),
                StringComparer.Ordinal);
}
