using System.Diagnostics;
using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>A bare relationship between two entity ids, for graph algorithms (paths, centrality).</summary>
[DebuggerDisplay("{SourceId} -{Type}-> {TargetId}")]
public sealed record GraphEdge(string SourceId, string TargetId, RelationType Type, MeetingStatus? Status);
