using Graph.Core.Model;

namespace Graph.Core.Queries;

/// <summary>
/// Quotes filtered by any combination of speaker, subject, article, words in the quote, the period of the
/// article's date, the speaker's type, a role or an organisation the speaker is affiliated with, and the outlet
/// (every spelling of it, as stored).
/// </summary>
/// <param name="SpeakerRole">Words of a role the speaker holds in an affiliation (case-insensitive).</param>
/// <param name="Outlets">The stored spellings of one outlet; null for any outlet.</param>
public sealed record QuoteQuery(
    string? SpeakerId = null,
    string? AboutId = null,
    string? ArticleId = null,
    string? Contains = null,
    int Offset = 0,
    int Limit = 50,
    Period? Period = null,
    EntityType? SpeakerType = null,
    string? SpeakerRole = null,
    string? SpeakerAffiliationId = null,
    IReadOnlyList<string>? Outlets = null);
