namespace Graph.Core.Queries;

/// <summary>One spelling of an outlet as articles gave it, and how many articles gave it.</summary>
public sealed record OutletCount(string Name, int Articles);
