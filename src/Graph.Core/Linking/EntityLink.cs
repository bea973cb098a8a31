using System.Diagnostics;

namespace Graph.Core.Linking;

/// <summary>A raw entity id that the corpus shows to be another entity, and why.</summary>
[DebuggerDisplay("{RawId} -> {EntityId}")]
public sealed record EntityLink(string RawId, string EntityId, string Reason);
