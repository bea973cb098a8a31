using Graph.Core.Queries;
using Graph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Articles;

public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/articles").WithTags("Articles");

        group.MapGet("/{id}", GetArticleAsync)
            .WithName("GetArticle")
            .WithSummary("Where an article came from: source, title, outlet, date, url")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return routes;
    }

    public static async Task<Results<Ok<ArticleReference>, ProblemHttpResult>> GetArticleAsync(
        string id, IGraphReader reader, CancellationToken cancellationToken) =>
        await reader.GetArticleAsync(id.Trim(), cancellationToken) is { } article
            ? TypedResults.Ok(article)
            : TypedResults.Problem(title: "Unknown article", detail: $"No article has the id '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
