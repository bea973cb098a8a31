using Graph.Queries.Neighbourhoods;
using Graph.Queries.Resolution;
using Graph.Web.Hosting;
using Graph.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Neighbourhoods;

public static class NeighbourhoodEndpoints
{
    public static IEndpointRouteBuilder MapNeighbourhoodEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/entities").WithTags("Neighbourhood")
            .RequireRateLimiting(ExpensiveQueryLimiter.Policy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/{entity}/neighbourhood", GetNeighbourhoodAsync)
            .WithName("GetNeighbourhood")
            .WithSummary("The subgraph around an entity to a given depth, as nodes and edges for a graph viewer")
            .WithDescription("depth is 1 to 3; limit caps the nodes (the best-connected are kept). quotes=true (the default) adds SAID edges for the entity's quotes; since/until (yyyy-MM-dd) draw the graph of the articles dated in that period.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<Neighbourhood>, ProblemHttpResult, ValidationProblem>> GetNeighbourhoodAsync(
        [AsParameters] NeighbourhoodRequest request, EntityResolver resolver, NeighbourhoodQueries neighbourhoods, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var text = validation.Text("entity", request.Entity);
        var levels = validation.Range("depth", request.Depth, ApiLimits.DefaultNeighbourhoodDepth, 1, ApiLimits.MaxNeighbourhoodDepth);
        var nodes = validation.Range("limit", request.Limit, ApiLimits.DefaultNeighbourhoodNodes, 1, ApiLimits.MaxNeighbourhoodNodes);
        var period = validation.PeriodOf(request.Since, request.Until);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var resolution = await resolver.ResolveAsync(text, cancellationToken);
        if (resolution.Entity is not { } found)
        {
            return EntityProblems.For(resolution, "entity", text);
        }
        return TypedResults.Ok(await neighbourhoods.GetAsync(found, levels, nodes, request.Quotes ?? true, period, cancellationToken));
    }
}
