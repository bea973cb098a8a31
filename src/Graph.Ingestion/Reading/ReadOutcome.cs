using Graph.Core.Model;

namespace Graph.Ingestion.Reading;

/// <summary>One thing read from an input: an article, or the reason it could not be read.</summary>
public sealed record ReadOutcome
{
    private ReadOutcome(Article? article, ReadFailure? failure) => (Article, Failure) = (article, failure);

    public Article? Article { get; }

    public ReadFailure? Failure { get; }

    public static ReadOutcome Of(Article article) => new(article, null);

    public static ReadOutcome Failed(string path, string reason, int? line = null) => new(null, new ReadFailure(path, line, reason));
}
