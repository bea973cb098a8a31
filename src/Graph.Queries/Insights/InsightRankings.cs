using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Algorithms.Centrality;
using Graph.Queries.Graphs;

namespace Graph.Queries.Insights;

/// <summary>
/// The most connected, the most quoted and the brokers (betweenness centrality) of the in-memory graph: the whole
/// store's, computed in the background, or a period's, computed on request (<see cref="PeriodSnapshots"/>).
/// </summary>
public sealed class InsightRankings(PeriodSnapshots snapshots)
{
    public async Task<Ranking> MostConnectedAsync(IReadOnlyList<EntityType> types, int take, Period? period = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(period, cancellationToken);
        var scored = snapshot.Graph.Vertices.Select(id => (Id: id, Score: (double)snapshot.DegreeOf(id)));
        return new Ranking("connections", "Distinct entities linked by any relationship.", types,
            await TopAsync(snapshot, scored, types, take, cancellationToken));
    }

    public async Task<Ranking> MostQuotedAsync(IReadOnlyList<EntityType> types, int take, Period? period = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(period, cancellationToken);
        var tallies = await snapshot.QuoteTalliesAsync(cancellationToken);
        var scored = tallies.Said.Select(pair => (Id: pair.Key, Score: (double)pair.Value));
        return new Ranking("quotes", "Quotes attributed to the entity.", types,
            await TopAsync(snapshot, scored, types, take, cancellationToken));
    }

    public async Task<Ranking> BrokersAsync(IReadOnlyList<EntityType> types, int take, Period? period = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(period, cancellationToken);
        if (!snapshot.Period.IsAll)
        {
            // A period's betweenness is computed now (sampled sources on a large graph bound the work).
            await snapshot.PrepareInsightsAsync(cancellationToken);
        }
        var betweenness = await snapshot.BetweennessAsync(cancellationToken);
        var vertexCount = snapshot.Graph.VertexCount;
        var scored = betweenness
            .Where(pair => pair.Value > 0)
            .Select(pair => (Id: pair.Key, Score: BetweennessCentralityAlgorithm<string, EntityLink>.Normalise(pair.Value, vertexCount)));
        return new Ranking("betweenness", "Share of shortest paths between other entities that pass through this one.", types,
            await TopAsync(snapshot, scored, types, take, cancellationToken));
    }

    private static async Task<IReadOnlyList<RankedEntity>> TopAsync(
        GraphSnapshot snapshot, IEnumerable<(string Id, double Score)> scored, IReadOnlyList<EntityType> types, int take, CancellationToken cancellationToken)
    {
        var top = new List<RankedEntity>(take);
        // An id spells its type, so only the summaries of candidates of the types asked are read.
        var candidates = scored.Where(entry => EntityId.TypeOf(entry.Id) is not { } type || types.Contains(type));
        foreach (var (id, score) in candidates.OrderByDescending(entry => entry.Score).ThenBy(entry => entry.Id, StringComparer.Ordinal))
        {
            if (top.Count == take)
            {
                break;
            }
            if (await snapshot.SummaryAsync(id, cancellationToken) is { } summary && types.Contains(summary.Type))
            {
                top.Add(new RankedEntity(summary, score));
            }
        }
        return top;
    }
}
