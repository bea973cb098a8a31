using Graph.Core.Model;

namespace Graph.Queries.Insights;

/// <summary>The top entities of the given types under one measure, best first, ties broken by id.</summary>
public sealed record Ranking(string Measure, string Description, IReadOnlyList<EntityType> Types, IReadOnlyList<RankedEntity> Items);
