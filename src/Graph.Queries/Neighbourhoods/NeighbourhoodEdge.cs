using Graph.Core.Model;

namespace Graph.Queries.Neighbourhoods;

/// <summary>One drawn edge: a stored relationship (MET, AFFILIATED_WITH, LEADER_OF), or SAID for quotes from source about target.</summary>
/// <param name="Id">Stable across requests, so a viewer can merge neighbourhoods as nodes are expanded.</param>
/// <param name="Count">For SAID, the number of quotes; otherwise 1.</param>
public sealed record NeighbourhoodEdge(string Id, string Source, string Target, string Type, MeetingStatus? Status, int Count);
