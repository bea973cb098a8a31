using Graph.Queries.Resolution;
using Graph.Queries.Timelines;
using Graph.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Timelines;

public static class TimelineEndpoints
{
    public static IEndpointRouteBuilder MapTimelineEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/entities").WithTags("Timeline");

        group.MapGet("/{entity}/timeline", GetTimelineAsync)
            .WithName("GetTimeline")
            .WithSummary("An entity's meetings, quotes said and quotes about, per month or year of their articles' dates")
            .WithDescription("by is month or year (default year); every period from the first to the last is listed, empty ones included; undated articles are counted apart. since/until (yyyy-MM-dd) bound the articles.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<Timeline>, ProblemHttpResult, ValidationProblem>> GetTimelineAsync(
        [AsParameters] TimelineRequest request, EntityResolver resolver, TimelineQueries timelines, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var text = validation.Text("entity", request.Entity);
        var by = string.IsNullOrWhiteSpace(request.By) ? "year" : request.By.Trim().ToLowerInvariant();
        if (by is not ("month" or "year"))
        {
            validation.Add("by", "by must be month or year.");
        }
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
        return TypedResults.Ok(await timelines.GetAsync(found, by == "year", period, cancellationToken));
    }
}
