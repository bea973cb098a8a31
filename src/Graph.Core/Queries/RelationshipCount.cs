using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>A relationship without its evidence: its ends, status and role, and in how many articles it is stated.</summary>
public sealed record RelationshipCount(RelationType Type, EntitySummary Source, EntitySummary Target, MeetingStatus? Status, string? Role, int Articles);
