using Graph.Core.Queries;

namespace Graph.Queries.Entities;

/// <summary>The other end of an AFFILIATED_WITH relationship, with the role when the text gives one.</summary>
public sealed record Affiliation(EntitySummary Entity, string? Role, int Articles);
