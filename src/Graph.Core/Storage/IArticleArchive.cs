namespace Graph.Core.Storage;

/// <summary>A store that keeps each article's extraction whole, so it can be replayed (export, migration to Neo4j).</summary>
public interface IArticleArchive
{
    /// <summary>Every stored article with its graph, in article-id order.</summary>
    IAsyncEnumerable<ExtractedArticle> ReadArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>The links the last cross-article linking pass made (raw id → the entity it stands for), by raw id.</summary>
    Task<IReadOnlyList<Linking.EntityLink>> ReadEntityLinksAsync(CancellationToken cancellationToken = default);
}
