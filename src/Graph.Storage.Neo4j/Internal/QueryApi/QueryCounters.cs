namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>What a statement changed, as the Query API reports it in <c>counters</c>.</summary>
internal sealed record QueryCounters(
    bool ContainsUpdates,
    int NodesCreated,
    int NodesDeleted,
    int PropertiesSet,
    int RelationshipsCreated,
    int RelationshipsDeleted,
    int LabelsAdded,
    int ConstraintsAdded)
{
    public static QueryCounters None { get; } = new(false, 0, 0, 0, 0, 0, 0, 0);
}
