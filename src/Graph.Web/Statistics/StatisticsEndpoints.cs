using Graph.Core.Queries;
using Graph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Statistics;

public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/statistics", GetStatisticsAsync)
            .WithTags("Statistics")
            .WithName("GetStatistics")
            .WithSummary("How many articles, people, countries, organisations, relationships and quotes the store holds");
        return routes;
    }

    public static async Task<Ok<GraphStatistics>> GetStatisticsAsync(IGraphReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.GetStatisticsAsync(cancellationToken));
}
