using Graph.Core.Queries;

namespace Graph.Core.Storage;

/// <summary>
/// A reader that lists every quote's speaker and subjects as bare ids in one pass, so that graph tallies (who said
/// how much about whom) need not page through every quote with its text and article.
/// </summary>
public interface IQuoteLinkReader
{
    /// <summary>The links of the quotes from articles dated in the period (an undated article is only in <see cref="Period.All"/>).</summary>
    Task<IReadOnlyList<QuoteLink>> GetQuoteLinksAsync(Period period, CancellationToken cancellationToken = default);
}
