using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;

namespace Graph.Queries.Entities;

/// <summary>One entity with what the graph says about it at a glance.</summary>
/// <param name="Roles">Every role the articles give the entity in an organisation ("foreign minister").</param>
/// <param name="Affiliations">For a person, the organisations; for an organisation, its people: the <see cref="MaxAffiliations"/>
/// stated in most articles, by name (<see cref="AffiliationCount"/> says how many there are).</param>
/// <param name="CountriesLed">For a person, the countries they lead.</param>
/// <param name="Leaders">For a country, the people who lead it.</param>
public sealed record EntityDetails(
    string Id,
    EntityType Type,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Roles,
    ImmutableArray<Affiliation> Affiliations,
    ImmutableArray<EntitySummary> CountriesLed,
    ImmutableArray<EntitySummary> Leaders,
    EntityCounts Counts)
{
    public const int MaxAffiliations = 100;

    /// <summary>How many affiliations (entity and role) there are, listed or not.</summary>
    public int AffiliationCount { get; init; }

    /// <summary>Every name the articles gave the entity, with how many articles used it, the most used first.</summary>
    public ImmutableArray<NameCount> Names { get; init; } = [];
}
