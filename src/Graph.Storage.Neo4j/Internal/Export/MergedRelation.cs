namespace Graph.Storage.Neo4j.Internal.Export;

/// <summary>One relationship as the store keeps it: parallel lists of supporting articles and sentences.</summary>
internal sealed record MergedRelation(
    string Type, string SourceId, string TargetId, string? Status, string? Role,
    IReadOnlyList<string> Sources, IReadOnlyList<string> Evidence);
