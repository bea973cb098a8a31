namespace Graph.Core.Queries;

/// <summary>Where a stored fact comes from.</summary>
public sealed record ArticleReference(
    string Id,
    string Source,
    string? Title,
    string? Url,
    string? Date,
    string? Outlet);
