using System.Collections.Immutable;

namespace Graph.Core.Model;

/// <summary>The graph extracted from one article: the document `graph extract` prints.</summary>
public sealed record ArticleGraph(
    string Source,
    string? Title,
    string? Outlet,
    ImmutableArray<Entity> Entities,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Quote> Quotes);
