using System.Collections.Immutable;
using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>An entity's search keys (every name it was given, folded by <see cref="EntityId.Slug"/>), with what search orders by.</summary>
public sealed record EntitySearchKeys(string Id, EntityType Type, int ArticleCount, ImmutableArray<string> Keys);
