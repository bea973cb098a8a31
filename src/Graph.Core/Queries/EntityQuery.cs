using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>Find entities whose name or alias contains <paramref name="Text"/>, ignoring case, accents and punctuation.</summary>
public sealed record EntityQuery(string Text, EntityType? Type = null, int Offset = 0, int Limit = 20);
