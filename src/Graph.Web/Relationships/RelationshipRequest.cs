using System.ComponentModel;

namespace Graph.Web.Relationships;

/// <summary>The route and query string of <c>GET /api/entities/{entity}/relationships</c>.</summary>
public sealed record RelationshipRequest(
    [property: Description("The entity: an id or a name.")] string Entity,
    [property: Description("MET, AFFILIATED_WITH or LEADER_OF; all types when absent.")] string? Type,
    [property: Description("Only the relationships with this other entity (an id or a name).")] string? With,
    [property: Description("Only what articles dated on or after this day say (yyyy-MM-dd); undated articles are in no period.")] string? Since,
    [property: Description("Only what articles dated on or before this day say (yyyy-MM-dd).")] string? Until,
    [property: Description("How many relationships to skip (default 0).")] int? Offset,
    [property: Description("The page size (1 to 100, default 20).")] int? Limit);
