using System.Collections.Immutable;
using Graph.Core.Model;

namespace Graph.Extraction;

/// <summary>Placeholder until the rule pipeline lands.</summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    public int Version => 1;

    public ArticleGraph Extract(Article article) =>
        new(article.Source, article.Title, article.Outlet, [], [], []);
}
