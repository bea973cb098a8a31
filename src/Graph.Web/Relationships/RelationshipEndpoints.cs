using Graph.Queries;
using Graph.Queries.Relationships;
using Graph.Queries.Resolution;
using Graph.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Relationships;

public static class RelationshipEndpoints
{
    public static IEndpointRouteBuilder MapRelationshipEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/entities").WithTags("Relationships");

        group.MapGet("/{entity}/relationships", GetRelationshipsAsync)
            .WithName("GetRelationships")
            .WithSummary("An entity's neighbours by relationship type, with evidence sentences and supporting articles")
            .WithDescription("type is MET, AFFILIATED_WITH or LEADER_OF (all when absent); with= keeps only the relationships with one other entity; since/until (yyyy-MM-dd) keep the evidence of articles dated in the period. Each relationship reports firstSeen, lastSeen and articleCount.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<Page<RelationshipView>>, ProblemHttpResult, ValidationProblem>> GetRelationshipsAsync(
        [AsParameters] RelationshipRequest request, EntityResolver resolver, RelationshipQueries relationships, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var text = validation.Text("entity", request.Entity);
        var relationType = validation.RelationTypeOf(request.Type);
        var otherText = validation.OptionalText("with", request.With);
        var period = validation.PeriodOf(request.Since, request.Until);
        var skip = validation.Offset(request.Offset);
        var take = validation.Limit(request.Limit);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var resolution = await resolver.ResolveAsync(text, cancellationToken);
        if (resolution.Entity is not { } found)
        {
            return EntityProblems.For(resolution, "entity", text);
        }
        string? otherId = null;
        if (otherText is not null)
        {
            var other = await resolver.ResolveAsync(otherText, cancellationToken);
            if (other.Entity is null)
            {
                return EntityProblems.For(other, "with", otherText);
            }
            otherId = other.Entity.Id;
        }
        return TypedResults.Ok(await relationships.GetAsync(found.Id, relationType, otherId, skip, take, period, cancellationToken));
    }
}
