using Graph.Core.Queries;
using Graph.Queries;
using Graph.Queries.Quotes;
using Graph.Queries.Resolution;
using Graph.Web.Requests;
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
        [AsParameters] QuoteRequest request, EntityResolver resolver, QuoteQueries quotes, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var speakerText = validation.OptionalText("speaker", request.Speaker);
        var aboutText = validation.OptionalText("about", request.About);
        var articleId = validation.OptionalText("article", request.Article);
        var words = validation.OptionalText("contains", request.Contains);
        var skip = validation.Offset(request.Offset);
        var take = validation.Limit(request.Limit);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var query = new QuoteQuery(ArticleId: articleId, Contains: words, Offset: skip, Limit: take);
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
        if (articleId is not null && await quotes.ArticleAsync(articleId, cancellationToken) is null)
        {
            return TypedResults.Problem(title: "Unknown article", detail: $"No article has the id '{articleId}'.", statusCode: StatusCodes.Status404NotFound);
        }
        return TypedResults.Ok(await quotes.FindAsync(query, cancellationToken));
    }
}
