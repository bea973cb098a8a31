using System.Collections.Immutable;

namespace Graph.Core.Queries;

/// <summary>Who said what about whom, and where it was reported.</summary>
public sealed record QuoteRecord(
    string Id,
    EntitySummary Speaker,
    string Text,
    ImmutableArray<EntitySummary> About,
    string Cue,
    ArticleReference Article)
{
    /// <summary>The date of the article it stands in (null when undated).</summary>
    public string? Date => Article.Date;
}
