using Graph.Queries.Outlets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Outlets;

public static class OutletEndpoints
{
    public static IEndpointRouteBuilder MapOutletEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/outlets").WithTags("Outlets");

        group.MapGet("/", ListOutletsAsync)
            .WithName("ListOutlets")
            .WithSummary("Every outlet with its name, its key and every spelling articles gave it, the one with most articles first")
            .WithDescription("Spellings are grouped by general rules (a part in parentheses, a ' - Opinion' suffix, 'Online', a web domain ending do not make another outlet); /api/quotes?outlet= takes any spelling.");

        return routes;
    }

    public static async Task<Ok<IReadOnlyList<Outlet>>> ListOutletsAsync(OutletQueries outlets, CancellationToken cancellationToken) =>
        TypedResults.Ok(await outlets.ListAsync(cancellationToken));
}
