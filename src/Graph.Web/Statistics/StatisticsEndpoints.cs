using Graph.Queries.Statistics;
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
            .CacheOutput(policy => policy.NoCache());
        return routes;
    }

    public static async Task<Ok<StoreStatistics>> GetStatisticsAsync(StatisticsQueries statistics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await statistics.GetAsync(cancellationToken));
}
