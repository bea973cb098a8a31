using System.Collections.Immutable;
using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>
/// One stored relationship between two entities, merged over every article that supports it
/// (one per pair, type, status and role).
/// </summary>
public sealed record Relationship(
    RelationType Type,
    EntitySummary Source,
    EntitySummary Target,
    MeetingStatus? Status,
    string? Role,
    ImmutableArray<Evidence> Evidence)
{
    /// <summary>The date of the earliest dated article behind it; null when none is dated.</summary>
    public string? FirstSeen => Evidence.Select(e => e.Article.Date).Where(date => date is not null).Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The date of the latest dated article behind it; null when none is dated.</summary>
    public string? LastSeen => Evidence.Select(e => e.Article.Date).Where(date => date is not null).Order(StringComparer.Ordinal).LastOrDefault();

    /// <summary>How many articles support it.</summary>
    public int ArticleCount => Evidence.Select(e => e.Article.Id).Distinct(StringComparer.Ordinal).Count();
}
