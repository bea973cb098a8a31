namespace Graph.Core.Queries;

/// <summary>Quotes filtered by any combination of speaker, subject, article and words in the quote.</summary>
public sealed record QuoteQuery(
    string? SpeakerId = null,
    string? AboutId = null,
    string? ArticleId = null,
    string? Contains = null,
    int Offset = 0,
    int Limit = 50);
