using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Web.Requests;
using Graph.Web.Resolution;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Quotes;

public static class QuoteEndpoints
{
    public static IEndpointRouteBuilder MapQuoteEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/quotes").WithTags("Quotes");

        group.MapGet("/", FindQuotesAsync)
            .WithName("FindQuotes")
            .WithSummary("Who said what about whom: quotes by speaker, subject, article or words")
            .WithDescription("speaker and about take an entity id or name; article an article id; contains words of the quote. Filters combine.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<Page<QuoteRecord>>, ProblemHttpResult, ValidationProblem>> FindQuotesAsync(
        string? speaker, string? about, string? article, string? contains, int? offset, int? limit,
        IGraphReader reader, EntityResolver resolver, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var speakerText = validation.OptionalText("speaker", speaker);
        var aboutText = validation.OptionalText("about", about);
        var articleId = validation.OptionalText("article", article);
        var words = validation.OptionalText("contains", contains);
        var skip = validation.Offset(offset);
        var take = validation.Limit(limit);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var query = new QuoteQuery(ArticleId: articleId, Contains: words, Offset: skip, Limit: take + 1);
        if (speakerText is not null)
        {
            var resolution = await resolver.ResolveAsync(speakerText, cancellationToken);
            if (resolution.Entity is null)
            {
                return EntityProblems.For(resolution, "speaker", speakerText);
            }
            query = query with { SpeakerId = resolution.Entity.Id };
        }
        if (aboutText is not null)
        {
            var resolution = await resolver.ResolveAsync(aboutText, cancellationToken);
            if (resolution.Entity is null)
            {
                return EntityProblems.For(resolution, "about", aboutText);
            }
            query = query with { AboutId = resolution.Entity.Id };
        }
        if (articleId is not null && await reader.GetArticleAsync(articleId, cancellationToken) is null)
        {
            return TypedResults.Problem(title: "Unknown article", detail: $"No article has the id '{articleId}'.", statusCode: StatusCodes.Status404NotFound);
        }
        var quotes = await reader.FindQuotesAsync(query, cancellationToken);
        return TypedResults.Ok(new Page<QuoteRecord>(quotes.Take(take).ToList(), skip, take, quotes.Count > take));
    }
}
