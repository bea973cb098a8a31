using Graph.Queries.Resolution;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Requests;

/// <summary>The ProblemDetails answers for an entity that could not be resolved: 404 unknown, 409 ambiguous.</summary>
public static class EntityProblems
{
    public static ProblemHttpResult For(EntityResolution resolution, string parameter, string text) =>
        resolution.IsAmbiguous
            ? TypedResults.Problem(
                title: "Ambiguous entity",
                detail: $"'{text}' ({parameter}) fits {resolution.Candidates.Count} entities; ask again with one of the candidates' ids.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["candidates"] = resolution.Candidates })
            : NotFound(parameter, text);

    public static ProblemHttpResult NotFound(string parameter, string text) =>
        TypedResults.Problem(
            title: "Unknown entity",
            detail: $"No entity is named '{text}' ({parameter}). Search with /api/entities?q=... to find its id.",
            statusCode: StatusCodes.Status404NotFound);
}
