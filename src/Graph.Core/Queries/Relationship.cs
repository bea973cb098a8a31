using System.Collections.Immutable;
using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>
/// One stored relationship between two entities, merged over every article that supports it
/// (one per pair, type, status and role).
/// </summary>
public sealed record Relationship(
    RelationType Type,
    EntitySummary Source,
    EntitySummary Target,
    MeetingStatus? Status,
    string? Role,
    ImmutableArray<Evidence> Evidence);
