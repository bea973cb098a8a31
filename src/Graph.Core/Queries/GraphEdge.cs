using System.Diagnostics;
using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>
/// One stored relationship without its evidence (one per pair, type, status and role), for graph algorithms (paths,
/// centrality) and for the summaries answered from memory: its role, in how many articles it is stated and when.
/// </summary>
[DebuggerDisplay("{SourceId} -{Type}-> {TargetId}")]
public sealed record GraphEdge(string SourceId, string TargetId, RelationType Type, MeetingStatus? Status)
{
    /// <summary>The role the articles give (an affiliation's "foreign minister"); null when none.</summary>
    public string? Role { get; init; }

    /// <summary>In how many articles (of the period read) it is stated.</summary>
    public int Articles { get; init; } = 1;

    /// <summary>The date of the earliest dated article behind it; null when none is dated.</summary>
    public string? FirstSeen { get; init; }

    /// <summary>The date of the latest dated article behind it; null when none is dated.</summary>
    public string? LastSeen { get; init; }

    /// <summary>The relationship this edge stands for, as the stores key it.</summary>
    public RelationshipKey Key => new(Type, SourceId, TargetId, Status, Role);
}
