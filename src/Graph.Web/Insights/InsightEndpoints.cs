using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Insights;
using Graph.Web.Hosting;
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
        // All-time rankings come from the snapshot computed in the background; with since/until, from the period's graph,
        // computed on request (and kept for the last few periods), so those requests share the expensive-query limit.
        var group = routes.MapGroup("/api/insights").WithTags("Insights")
            .RequireRateLimiting(ExpensiveQueryLimiter.Policy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

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
        string? type, int? limit, string? since, string? until, InsightRankings rankings, CancellationToken cancellationToken) =>
        Validate(type, limit, since, until, out var types, out var take, out var period) is { } invalid
            ? invalid
            : TypedResults.Ok(await rankings.MostConnectedAsync(types, take, period, cancellationToken));

    public static async Task<Results<Ok<Ranking>, ValidationProblem>> MostQuotedAsync(
        string? type, int? limit, string? since, string? until, InsightRankings rankings, CancellationToken cancellationToken) =>
        Validate(type, limit, since, until, out var types, out var take, out var period) is { } invalid
            ? invalid
            : TypedResults.Ok(await rankings.MostQuotedAsync(types, take, period, cancellationToken));

    public static async Task<Results<Ok<Ranking>, ValidationProblem>> BrokersAsync(
        string? type, int? limit, string? since, string? until, InsightRankings rankings, CancellationToken cancellationToken) =>
        Validate(type, limit, since, until, out var types, out var take, out var period) is { } invalid
            ? invalid
            : TypedResults.Ok(await rankings.BrokersAsync(types, take, period, cancellationToken));

    private static ValidationProblem? Validate(
        string? type, int? limit, string? since, string? until, out EntityType[] types, out int take, out Period period)
    {
        var validation = new RequestValidation();
        period = validation.PeriodOf(since, until);
        var entityType = validation.EntityTypeOf(type);
        take = validation.Range("limit", limit, DefaultInsights, 1, ApiLimits.MaxInsights);
        types = entityType is { } one ? [one] : DefaultTypes;
        return validation.IsValid ? null : TypedResults.ValidationProblem(validation.Errors);
    }
}
