using System.ComponentModel;

namespace Graph.Web.Connections;

/// <summary>The query string of <c>GET /api/connections</c>.</summary>
public sealed record ConnectionRequest(
    [property: Description("The entity the paths start from: an id or a name.")] string? From,
    [property: Description("The entity the paths end at: an id or a name.")] string? To,
    [property: Description("The longest path searched, in hops (1 to 6, default 4).")] int? MaxHops,
    [property: Description("How many paths to list (1 to 50, default 10).")] int? Limit,
    [property: Description("Whether a quote also links its speaker to whom it is about (default false).")] bool? Quotes,
    [property: Description("Only relationships and quotes of articles dated on or after this day (yyyy-MM-dd).")] string? Since,
    [property: Description("Only relationships and quotes of articles dated on or before this day (yyyy-MM-dd).")] string? Until);
