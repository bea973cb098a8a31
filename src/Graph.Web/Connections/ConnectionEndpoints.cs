using Graph.Queries.Connections;
using Graph.Queries.Resolution;
using Graph.Web.Hosting;
using Graph.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Connections;

public static class ConnectionEndpoints
{
    public static IEndpointRouteBuilder MapConnectionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/connections").WithTags("Connections")
            .RequireRateLimiting(ExpensiveQueryLimiter.Policy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/", FindConnectionsAsync)
            .WithName("FindConnections")
            .WithSummary("All shortest paths between two entities, every step explained by its relationships and evidence")
            .WithDescription("Relationships are followed in either direction; with quotes=true a quote also links its speaker to whom it is about. Paths come in lexicographic order of entity ids; maxHops bounds their length, limit their number; since/until (yyyy-MM-dd) search the graph of the articles dated in that period.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<EntityConnections>, ProblemHttpResult, ValidationProblem>> FindConnectionsAsync(
        [AsParameters] ConnectionRequest request, EntityResolver resolver, ConnectionQueries connections, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var fromText = validation.Text("from", request.From);
        var toText = validation.Text("to", request.To);
        var hops = validation.Range("maxHops", request.MaxHops, ApiLimits.DefaultPathHops, 1, ApiLimits.MaxPathHops);
        var paths = validation.Limit(request.Limit, ApiLimits.DefaultPaths, ApiLimits.MaxPaths);
        var period = validation.PeriodOf(request.Since, request.Until);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var source = await resolver.ResolveAsync(fromText, cancellationToken);
        if (source.Entity is null)
        {
            return EntityProblems.For(source, "from", fromText);
        }
        var target = await resolver.ResolveAsync(toText, cancellationToken);
        if (target.Entity is null)
        {
            return EntityProblems.For(target, "to", toText);
        }
        if (source.Entity.Id == target.Entity.Id)
        {
            validation.Add("to", "from and to are the same entity.");
            return TypedResults.ValidationProblem(validation.Errors);
        }
        return TypedResults.Ok(await connections.FindAsync(source.Entity, target.Entity, hops, paths, request.Quotes == true, period, cancellationToken));
    }
}
