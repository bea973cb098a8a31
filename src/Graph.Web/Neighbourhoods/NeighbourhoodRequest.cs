using System.ComponentModel;

namespace Graph.Web.Neighbourhoods;

/// <summary>The route and query string of <c>GET /api/entities/{entity}/neighbourhood</c>.</summary>
public sealed record NeighbourhoodRequest(
    [property: Description("The entity at the centre: an id or a name.")] string Entity,
    [property: Description("How many hops from the centre (1 to 3, default 1).")] int? Depth,
    [property: Description("The most nodes drawn (1 to 300, default 60); the best-connected are kept.")] int? Limit,
    [property: Description("Whether SAID edges are added for the entity's quotes (default true).")] bool? Quotes,
    [property: Description("Only the relationships and quotes of articles dated on or after this day (yyyy-MM-dd).")] string? Since,
    [property: Description("Only the relationships and quotes of articles dated on or before this day (yyyy-MM-dd).")] string? Until);
