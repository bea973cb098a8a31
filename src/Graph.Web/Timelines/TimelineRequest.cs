using System.ComponentModel;

namespace Graph.Web.Timelines;

/// <summary>The route and query string of <c>GET /api/entities/{entity}/timeline</c>.</summary>
public sealed record TimelineRequest(
    [property: Description("The entity: an id or a name.")] string Entity,
    [property: Description("month or year (default year).")] string? By,
    [property: Description("Only articles dated on or after this day (yyyy-MM-dd).")] string? Since,
    [property: Description("Only articles dated on or before this day (yyyy-MM-dd).")] string? Until);
