namespace Graph.Queries;

/// <summary>One page of results. <paramref name="HasMore"/> says whether asking for the next offset gives more.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, bool HasMore);
