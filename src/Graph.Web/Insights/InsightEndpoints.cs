using Graph.Core.Model;
using Graph.Web.Algorithms.Centrality;
using Graph.Web.Graphs;
using Graph.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Insights;

public static class InsightEndpoints
{
    private const int DefaultInsights = 10;

    /// <summary>People and organisations, unless the request names a type.</summary>
    private static readonly EntityType[] DefaultTypes = [EntityType.Person, EntityType.Organization];

    public static IEndpointRouteBuilder MapInsightEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/insights").WithTags("Insights");

        group.MapGet("/most-connected", MostConnectedAsync)
            .WithName("MostConnected")
            .WithSummary("Entities linked to the most distinct others, by any relationship");
        group.MapGet("/most-quoted", MostQuotedAsync)
            .WithName("MostQuoted")
            .WithSummary("Speakers with the most quotes");
        group.MapGet("/brokers", BrokersAsync)
            .WithName("Brokers")
            .WithSummary("Entities that sit between otherwise separate groups, by betweenness centrality (Brandes)")
            .WithDescription("The score is normalised betweenness: the share of shortest paths between pairs of other entities that pass through this one.");

        return routes;
    }

    public static async Task<Results<Ok<Ranking>, ValidationProblem>> MostConnectedAsync(
        string? type, int? limit, GraphSnapshotProvider snapshots, CancellationToken cancellationToken)
    {
        if (Validate(type, limit, out var types, out var take) is { } invalid)
        {
            return invalid;
        }
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var scored = snapshot.Graph.Vertices.Select(id => (Id: id, Score: (double)snapshot.DegreeOf(id)));
        return TypedResults.Ok(new Ranking("connections", "Distinct entities linked by any relationship.", types,
            await TopAsync(snapshot, scored, types, take, cancellationToken)));
    }

    public static async Task<Results<Ok<Ranking>, ValidationProblem>> MostQuotedAsync(
        string? type, int? limit, GraphSnapshotProvider snapshots, CancellationToken cancellationToken)
    {
        if (Validate(type, limit, out var types, out var take) is { } invalid)
        {
            return invalid;
        }
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var tallies = await snapshot.QuoteTalliesAsync(cancellationToken);
        var items = tallies.Speakers.Where(entry => types.Contains(entry.Speaker.Type)).Take(take)
            .Select(entry => new RankedEntity(entry.Speaker, entry.Quotes)).ToList();
        return TypedResults.Ok(new Ranking("quotes", "Quotes attributed to the entity.", types, items));
    }

    public static async Task<Results<Ok<Ranking>, ValidationProblem>> BrokersAsync(
        string? type, int? limit, GraphSnapshotProvider snapshots, CancellationToken cancellationToken)
    {
        if (Validate(type, limit, out var types, out var take) is { } invalid)
        {
            return invalid;
        }
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var betweenness = await snapshot.BetweennessAsync(cancellationToken);
        var vertexCount = snapshot.Graph.VertexCount;
        var scored = betweenness
            .Where(pair => pair.Value > 0)
            .Select(pair => (Id: pair.Key, Score: BetweennessCentralityAlgorithm<string, EntityLink>.Normalise(pair.Value, vertexCount)));
        return TypedResults.Ok(new Ranking("betweenness", "Share of shortest paths between other entities that pass through this one.", types,
            await TopAsync(snapshot, scored, types, take, cancellationToken)));
    }

    private static async Task<IReadOnlyList<RankedEntity>> TopAsync(
        GraphSnapshot snapshot, IEnumerable<(string Id, double Score)> scored, IReadOnlyList<EntityType> types, int take, CancellationToken cancellationToken)
    {
        var top = new List<RankedEntity>(take);
        foreach (var (id, score) in scored.OrderByDescending(entry => entry.Score).ThenBy(entry => entry.Id, StringComparer.Ordinal))
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

    private static ValidationProblem? Validate(string? type, int? limit, out EntityType[] types, out int take)
    {
        var validation = new RequestValidation();
        var entityType = validation.EntityTypeOf(type);
        take = validation.Range("limit", limit, DefaultInsights, 1, ApiLimits.MaxInsights);
        types = entityType is { } one ? [one] : DefaultTypes;
        return validation.IsValid ? null : TypedResults.ValidationProblem(validation.Errors);
    }
}
