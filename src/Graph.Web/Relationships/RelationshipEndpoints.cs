using Graph.Core.Storage;
using Graph.Web.Requests;
using Graph.Web.Resolution;
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
            .WithDescription("type is MET, AFFILIATED_WITH or LEADER_OF (all when absent); with= keeps only the relationships with one other entity.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<Page<RelationshipView>>, ProblemHttpResult, ValidationProblem>> GetRelationshipsAsync(
        string entity, string? type, string? with, int? offset, int? limit,
        IGraphReader reader, EntityResolver resolver, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var text = validation.Text("entity", entity);
        var relationType = validation.RelationTypeOf(type);
        var otherText = validation.OptionalText("with", with);
        var skip = validation.Offset(offset);
        var take = validation.Limit(limit);
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
        var relationships = (await reader.GetRelationshipsAsync(found.Id, relationType, cancellationToken))
            .Select(r => RelationshipView.From(r, found.Id))
            .Where(view => otherId is null || view.Other.Id == otherId)
            .ToList();
        var page = relationships.Skip(skip).Take(take).ToList();
        return TypedResults.Ok(new Page<RelationshipView>(page, skip, take, relationships.Count > skip + take));
    }
}
