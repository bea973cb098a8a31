using Graph.Web.Graphs;
using Graph.Web.Requests;
using Graph.Web.Resolution;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Neighbourhoods;

public static class NeighbourhoodEndpoints
{
    public static IEndpointRouteBuilder MapNeighbourhoodEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/entities").WithTags("Neighbourhood");

        group.MapGet("/{entity}/neighbourhood", GetNeighbourhoodAsync)
            .WithName("GetNeighbourhood")
            .WithSummary("The subgraph around an entity to a given depth, as nodes and edges for a graph viewer")
            .WithDescription("depth is 1 to 3; limit caps the nodes (the best-connected are kept). quotes=true (the default) adds SAID edges for the entity's quotes.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<Neighbourhood>, ProblemHttpResult, ValidationProblem>> GetNeighbourhoodAsync(
        string entity, int? depth, int? limit, bool? quotes,
        EntityResolver resolver, GraphSnapshotProvider snapshots, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var text = validation.Text("entity", entity);
        var levels = validation.Range("depth", depth, ApiLimits.DefaultNeighbourhoodDepth, 1, ApiLimits.MaxNeighbourhoodDepth);
        var nodes = validation.Range("limit", limit, ApiLimits.DefaultNeighbourhoodNodes, 1, ApiLimits.MaxNeighbourhoodNodes);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var resolution = await resolver.ResolveAsync(text, cancellationToken);
        if (resolution.Entity is not { } found)
        {
            return EntityProblems.For(resolution, "entity", text);
        }
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return TypedResults.Ok(await NeighbourhoodBuilder.BuildAsync(snapshot, found, levels, nodes, quotes ?? true, cancellationToken));
    }
}
