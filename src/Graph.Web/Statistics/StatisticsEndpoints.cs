using Graph.Queries.Statistics;
using Graph.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Statistics;

public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/statistics", GetStatisticsAsync)
            .WithTags("Statistics")
            .WithName("GetStatistics")
            .WithSummary("How many articles, people, countries, organisations, relationships and quotes the store holds, and whether the in-memory graph is ready")
            .WithDescription("With since and/or until (ISO dates), the figures of the articles dated in that period: those articles, the entities they mention, the relationships and quotes they support.")
            .CacheOutput(policy => policy.NoCache());
        return routes;
    }

    public static async Task<Results<Ok<StoreStatistics>, ValidationProblem>> GetStatisticsAsync(
        string? since, string? until, StatisticsQueries statistics, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var period = validation.PeriodOf(since, until);
        return validation.IsValid
            ? TypedResults.Ok(await statistics.GetAsync(period, cancellationToken))
            : TypedResults.ValidationProblem(validation.Errors);
    }
}
