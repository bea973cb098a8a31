using Graph.Core.Model;

namespace Graph.Ingestion.Reading;

/// <summary>One thing read from an input: an article (perhaps with a warning about it), or the reason it could not be read.</summary>
public sealed record ReadOutcome
{
    private ReadOutcome(Article? article, ReadFailure? failure, ReadFailure? warning) => (Article, Failure, Warning) = (article, failure, warning);

    public Article? Article { get; }

    public ReadFailure? Failure { get; }

    /// <summary>Something read but not used (a date out of range); the article is stored without it.</summary>
    public ReadFailure? Warning { get; }

    public static ReadOutcome Of(Article article, ReadFailure? warning = null) => new(article, null, warning);

    public static ReadOutcome Failed(string path, string reason, int? line = null) => new(null, new ReadFailure(path, line, reason), null);
}
