using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>What makes a stored relationship one: its type, its ends, its status and its role.</summary>
public sealed record RelationshipKey(RelationType Type, string SourceId, string TargetId, MeetingStatus? Status, string? Role)
{
    public bool Matches(Relationship relationship) =>
        relationship.Type == Type && relationship.Source.Id == SourceId && relationship.Target.Id == TargetId
        && relationship.Status == Status && relationship.Role == Role;
}
