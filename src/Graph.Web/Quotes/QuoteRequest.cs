using System.ComponentModel;

namespace Graph.Web.Quotes;

/// <summary>The query string of <c>GET /api/quotes</c>; the filters combine.</summary>
public sealed record QuoteRequest(
    [property: Description("Who said it: an entity id or name.")] string? Speaker,
    [property: Description("Whom it is about: an entity id or name.")] string? About,
    [property: Description("The article it stands in, by id.")] string? Article,
    [property: Description("Words of the quote.")] string? Contains,
    [property: Description("Only quotes of articles dated on or after this day (yyyy-MM-dd); undated articles are in no period.")] string? Since,
    [property: Description("Only quotes of articles dated on or before this day (yyyy-MM-dd).")] string? Until,
    [property: Description("The speaker's type: Person, Country or Organization.")] string? SpeakerType,
    [property: Description("Words of a role the speaker holds in an affiliation, such as professor or senior fellow.")] string? SpeakerRole,
    [property: Description("An organisation the speaker is affiliated with: an id or a name.")] string? SpeakerAffiliation,
    [property: Description("The outlet, under any of its spellings (\"Fox News\", \"Fox News (Online)\"); see /api/outlets.")] string? Outlet,
    [property: Description("How many quotes to skip (default 0).")] int? Offset,
    [property: Description("The page size (1 to 100, default 20).")] int? Limit);
