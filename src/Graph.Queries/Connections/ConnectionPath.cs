using Graph.Core.Queries;

namespace Graph.Queries.Connections;

/// <summary>One path: the entities along it, and for each step the relationships that link its two ends.</summary>
public sealed record ConnectionPath(IReadOnlyList<EntitySummary> Entities, IReadOnlyList<ConnectionStep> Steps);
