using Graph.Core.Queries;

namespace Graph.Core.Storage;

/// <summary>
/// A reader that lists every quote's speaker and subjects as bare ids in one pass, so that whole-graph tallies (who
/// said how much about whom) need not page through every quote with its text and article.
/// </summary>
public interface IQuoteLinkReader
{
    Task<IReadOnlyList<QuoteLink>> GetQuoteLinksAsync(CancellationToken cancellationToken = default);
}
