using Graph.Core.Model;

namespace Graph.Extraction;

/// <summary>Turns one article into its graph of entities, relations and quotes. Pure: no I/O, no shared state.</summary>
public interface IArticleExtractor
{
    /// <summary>Raised whenever extraction changes what it finds, so stored articles are re-extracted.</summary>
    int Version { get; }

    ArticleGraph Extract(Article article);
}
