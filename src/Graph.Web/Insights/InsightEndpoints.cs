using Graph.Core.Model;
using Graph.Queries.Insights;
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
        var group = routes.MapGroup("/api/insights").WithTags("Insights")
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
        string? type, int? limit, InsightRankings rankings, CancellationToken cancellationToken) =>
        Validate(type, limit, out var types, out var take) is { } invalid
            ? invalid
            : TypedResults.Ok(await rankings.MostConnectedAsync(types, take, cancellationToken));

    public static async Task<Results<Ok<Ranking>, ValidationProblem>> MostQuotedAsync(
        string? type, int? limit, InsightRankings rankings, CancellationToken cancellationToken) =>
        Validate(type, limit, out var types, out var take) is { } invalid
            ? invalid
            : TypedResults.Ok(await rankings.MostQuotedAsync(types, take, cancellationToken));

    public static async Task<Results<Ok<Ranking>, ValidationProblem>> BrokersAsync(
        string? type, int? limit, InsightRankings rankings, CancellationToken cancellationToken) =>
        Validate(type, limit, out var types, out var take) is { } invalid
            ? invalid
            : TypedResults.Ok(await rankings.BrokersAsync(types, take, cancellationToken));

    private static ValidationProblem? Validate(string? type, int? limit, out EntityType[] types, out int take)
    {
        var validation = new RequestValidation();
        var entityType = validation.EntityTypeOf(type);
        take = validation.Range("limit", limit, DefaultInsights, 1, ApiLimits.MaxInsights);
        types = entityType is { } one ? [one] : DefaultTypes;
        return validation.IsValid ? null : TypedResults.ValidationProblem(validation.Errors);
    }
}
