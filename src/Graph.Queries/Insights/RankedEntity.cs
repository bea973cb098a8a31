using Graph.Core.Queries;

namespace Graph.Queries.Insights;

/// <summary>An entity and its score under one measure (distinct connections, quotes, or betweenness).</summary>
public sealed record RankedEntity(EntitySummary Entity, double Score);
