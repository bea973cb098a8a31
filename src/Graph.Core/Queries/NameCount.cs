namespace Graph.Core.Queries;

/// <summary>One name of an entity and how many articles used it.</summary>
public sealed record NameCount(string Name, int Articles);
