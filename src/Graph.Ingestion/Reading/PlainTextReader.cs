using Graph.Core.Model;

namespace Graph.Ingestion.Reading;

/// <summary>A plain-text article: the whole file is the article text, the headline usually its first line.</summary>
public sealed class PlainTextReader : ArticleReader
{
    public override IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public override IEnumerable<ReadOutcome> Read(string path, byte[] bytes, ReadLimits limits)
    {
        var text = DecodeArticleText(path, bytes, limits, out var failure);
        yield return text is null ? failure! : ReadOutcome.Of(new Article(path, HeadlineGuesser.Guess(text), text));
    }
}
