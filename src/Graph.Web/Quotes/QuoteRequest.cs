using System.ComponentModel;

namespace Graph.Web.Quotes;

/// <summary>The query string of <c>GET /api/quotes</c>; the filters combine.</summary>
public sealed record QuoteRequest(
    [property: Description("Who said it: an entity id or name.")] string? Speaker,
    [property: Description("Whom it is about: an entity id or name.")] string? About,
    [property: Description("The article it stands in, by id.")] string? Article,
    [property: Description("Words of the quote.")] string? Contains,
    [property: Description("How many quotes to skip (default 0).")] int? Offset,
    [property: Description("The page size (1 to 100, default 20).")] int? Limit);
