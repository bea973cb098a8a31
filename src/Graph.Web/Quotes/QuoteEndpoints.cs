using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries;
using Graph.Queries.Outlets;
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
            .WithSummary("Who said what about whom: quotes by speaker, subject, article, words, period, kind of speaker or outlet")
            .WithDescription("speaker, about and speakerAffiliation take an entity id or name; article an article id; contains words of the quote; since/until (yyyy-MM-dd) the article's date; speakerType Person, Country or Organization; speakerRole words of the speaker's role; outlet any spelling of the outlet. Filters combine. Each quote carries its article's date.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<Page<QuoteRecord>>, ProblemHttpResult, ValidationProblem>> FindQuotesAsync(
        [AsParameters] QuoteRequest request, EntityResolver resolver, QuoteQueries quotes, OutletQueries outlets, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var speakerText = validation.OptionalText("speaker", request.Speaker);
        var aboutText = validation.OptionalText("about", request.About);
        var articleId = validation.OptionalText("article", request.Article);
        var words = validation.OptionalText("contains", request.Contains);
        var period = validation.PeriodOf(request.Since, request.Until);
        var speakerType = validation.EntityTypeOf(request.SpeakerType, "speakerType");
        var role = validation.OptionalText("speakerRole", request.SpeakerRole);
        var affiliationText = validation.OptionalText("speakerAffiliation", request.SpeakerAffiliation);
        var outletText = validation.OptionalText("outlet", request.Outlet);
        var skip = validation.Offset(request.Offset);
        var take = validation.Limit(request.Limit);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var query = new QuoteQuery(ArticleId: articleId, Contains: words, Offset: skip, Limit: take,
            Period: period.IsAll ? null : period, SpeakerType: speakerType, SpeakerRole: role);
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
        if (affiliationText is not null)
        {
            var resolution = await resolver.ResolveAsync(affiliationText, cancellationToken);
            if (resolution.Entity is null)
            {
                return EntityProblems.For(resolution, "speakerAffiliation", affiliationText);
            }
            if (resolution.Entity.Type != EntityType.Organization)
            {
                validation.Add("speakerAffiliation", $"'{affiliationText}' is a {resolution.Entity.Type}, not an organisation.");
                return TypedResults.ValidationProblem(validation.Errors);
            }
            query = query with { SpeakerAffiliationId = resolution.Entity.Id };
        }
        if (outletText is not null)
        {
            if (await outlets.FindAsync(outletText, cancellationToken) is not { } outlet)
            {
                return TypedResults.Problem(title: "Unknown outlet", detail: $"No article came from an outlet named '{outletText}'. The outlets are listed at /api/outlets.",
                    statusCode: StatusCodes.Status404NotFound);
            }
            query = query with { Outlets = outlet.Spellings };
        }
        if (articleId is not null && await quotes.ArticleAsync(articleId, cancellationToken) is null)
        {
            return TypedResults.Problem(title: "Unknown article", detail: $"No article has the id '{articleId}'.", statusCode: StatusCodes.Status404NotFound);
        }
        return TypedResults.Ok(await quotes.FindAsync(query, cancellationToken));
    }
}
