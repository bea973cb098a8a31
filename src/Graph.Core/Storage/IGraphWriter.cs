namespace Graph.Core.Storage;

/// <summary>Writes articles and their facts. Every implementation is idempotent and atomic per article.</summary>
public interface IGraphWriter
{
    /// <summary>Creates the schema (tables, constraints) if it is not there yet.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task<ArticleState> GetArticleStateAsync(string articleId, int extractorVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// The state of each article against the extractor version given with it, in the order asked: one round
    /// trip for a whole batch where the store allows it.
    /// </summary>
    Task<IReadOnlyList<ArticleState>> GetArticleStatesAsync(
        IReadOnlyList<(string Id, int Version)> articles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores each article with all of its facts, replacing whatever an earlier extraction of the same
    /// article left. Either all of an article's facts are stored or none are; its completion marker is
    /// written last.
    /// </summary>
    Task SaveArticlesAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken cancellationToken = default);
}
