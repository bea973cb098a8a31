using System.Collections.Immutable;

namespace Graph.Core.Model;

/// <summary>One real-world thing named in an article, with every surface form and where it stands.</summary>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<TextSpan> Mentions);
