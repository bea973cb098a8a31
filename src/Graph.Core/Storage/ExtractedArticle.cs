using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>An article together with the graph extracted from it, ready to be stored as one unit.</summary>
/// <param name="ExtractorVersion">The extractor version that produced <paramref name="Graph"/>; a newer one re-extracts.</param>
public sealed record ExtractedArticle(Article Article, ArticleGraph Graph, int ExtractorVersion);
