using Graph.Core.Queries;

namespace Graph.Queries.Resolution;

/// <summary>What a name or id given by a user stands for: one entity, several candidates, or nothing.</summary>
public sealed record EntityResolution(EntitySummary? Entity, IReadOnlyList<EntitySummary> Candidates)
{
    public static EntityResolution Unknown { get; } = new(null, []);

    public bool IsFound => Entity is not null;

    public bool IsAmbiguous => Entity is null && Candidates.Count > 1;

    public static EntityResolution Found(EntitySummary entity) => new(entity, [entity]);

    public static EntityResolution Ambiguous(IReadOnlyList<EntitySummary> candidates) => new(null, candidates);
}
