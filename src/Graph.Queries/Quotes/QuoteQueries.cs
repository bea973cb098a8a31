using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Queries.Quotes;

/// <summary>Who said what about whom, a page at a time.</summary>
public sealed class QuoteQueries(IGraphReader reader)
{
    /// <summary>The quotes that pass the query's filters, from its offset, at most its limit.</summary>
    public async Task<Page<QuoteRecord>> FindAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        var quotes = await reader.FindQuotesAsync(query with { Limit = query.Limit + 1 }, cancellationToken);
        return new Page<QuoteRecord>(quotes.Take(query.Limit).ToList(), query.Offset, query.Limit, quotes.Count > query.Limit);
    }

    public Task<ArticleReference?> ArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        reader.GetArticleAsync(articleId, cancellationToken);
}
