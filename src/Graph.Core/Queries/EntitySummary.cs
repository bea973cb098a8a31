using System.Collections.Immutable;
using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>An entity of the stored graph, with every name it was seen under and how many articles mention it.</summary>
public sealed record EntitySummary(
    string Id,
    EntityType Type,
    string Name,
    ImmutableArray<string> Aliases,
    int ArticleCount);
