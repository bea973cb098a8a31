using System.Collections.Immutable;

namespace Graph.Queries.Outlets;

/// <summary>One outlet under all its spellings (<see cref="Graph.Core.Model.OutletNames.Key"/>).</summary>
/// <param name="Name">The spelling most articles gave.</param>
/// <param name="Spellings">Every spelling articles gave, the most used first.</param>
public sealed record Outlet(string Key, string Name, ImmutableArray<string> Spellings, int Articles);
