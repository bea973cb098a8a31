using Graph.Core.Queries;

namespace Graph.Queries.Timelines;

/// <summary>
/// An entity's meetings and quotes per month or year, every period from the first to the last one seen (empty ones
/// included, so a chart's gaps show); undated articles are counted apart, since they belong to no period.
/// </summary>
/// <param name="By"><c>month</c> or <c>year</c>.</param>
/// <param name="Truncated">True when the entity has more quotes than the timeline reads, so the counts are lower bounds.</param>
public sealed record Timeline(EntitySummary Entity, string By, IReadOnlyList<TimelinePeriod> Periods, TimelinePeriod Undated, bool Truncated);
