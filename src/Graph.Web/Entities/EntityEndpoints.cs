using Graph.Core.Queries;
using Graph.Queries;
using Graph.Queries.Entities;
using Graph.Queries.Resolution;
using Graph.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Entities;

public static class EntityEndpoints
{
    public static IEndpointRouteBuilder MapEntityEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/entities").WithTags("Entities");

        group.MapGet("/", SearchEntitiesAsync)
            .WithName("SearchEntities")
            .WithSummary("Find people, countries and organisations by name or alias")
            .WithDescription("Matches ignore case, accents and punctuation, and partial names match too; exact names come first, then the most reported. Without q, lists the entities (of the type given) the most mentioned first: sort=articles.");

        group.MapGet("/{entity}", GetEntityAsync)
            .WithName("GetEntity")
            .WithSummary("One entity with its aliases, roles, affiliations, countries led and counts")
            .WithDescription("The entity may be given by id (person:kim-jong-un) or by name; an ambiguous name answers 409 with the candidates.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return routes;
    }

    public static async Task<Results<Ok<Page<EntitySummary>>, ValidationProblem>> SearchEntitiesAsync(
        string? q, string? type, string? sort, int? offset, int? limit, EntityQueries entities, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        // Without q the entities are browsed, the most mentioned first.
        var text = string.IsNullOrWhiteSpace(q) ? "" : validation.Text("q", q);
        if (sort is not (null or "articles"))
        {
            validation.Add("sort", "sort must be 'articles' (the most mentioned first; the default without q).");
        }
        var entityType = validation.EntityTypeOf(type);
        var skip = validation.Offset(offset);
        var take = validation.Limit(limit);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        return TypedResults.Ok(await entities.SearchAsync(text, entityType, skip, take, cancellationToken));
    }

    public static async Task<Results<Ok<EntityDetails>, ProblemHttpResult, ValidationProblem>> GetEntityAsync(
        string entity, EntityResolver resolver, EntityQueries entities, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var text = validation.Text("entity", entity);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var resolution = await resolver.ResolveAsync(text, cancellationToken);
        if (resolution.Entity is not { } found)
        {
            return EntityProblems.For(resolution, "entity", text);
        }
        return TypedResults.Ok(await entities.DetailsAsync(found, cancellationToken));
    }
}
