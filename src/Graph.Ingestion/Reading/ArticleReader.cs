using System.Runtime.CompilerServices;
using Graph.Core.Model;

namespace Graph.Ingestion.Reading;

/// <summary>Reads the articles of one kind of file. Pure: the bytes come in, articles or failures go out.</summary>
public abstract class ArticleReader
{
    /// <summary>File name endings this reader takes, lower case with the dot.</summary>
    public abstract IReadOnlyList<string> Extensions { get; }

    /// <summary>True when <see cref="ReadAsync"/> streams, so a file of any size is read in constant memory.</summary>
    public virtual bool Streams => false;

    public abstract IEnumerable<ReadOutcome> Read(string path, byte[] bytes, ReadLimits limits);

    /// <summary>
    /// Reads from a stream (a decompressing one for a .gz file). This default reads the stream whole, up to
    /// the file size limit; a reader of many articles per file overrides it to stream.
    /// </summary>
    public virtual async IAsyncEnumerable<ReadOutcome> ReadAsync(
        string path, Stream stream, ReadLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var whole = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (whole.Length + read > limits.MaxFileBytes)
            {
                yield return ReadOutcome.Failed(path, $"file too large: over {limits.MaxFileBytes:N0} bytes once decompressed");
                yield break;
            }
            whole.Write(chunk, 0, read);
        }
        foreach (var outcome in Read(path, whole.ToArray(), limits))
        {
            yield return outcome;
        }
    }

    /// <summary>Decodes a whole file and checks it holds text of an acceptable size.</summary>
    protected static string? DecodeArticleText(string path, ReadOnlySpan<byte> bytes, ReadLimits limits, out ReadOutcome? failure)
    {
        var text = TextDecoding.TryDecode(bytes, out var problem);
        failure = problem is not null ? ReadOutcome.Failed(path, problem)
            : string.IsNullOrWhiteSpace(text) ? ReadOutcome.Failed(path, "empty file: no text to read")
            : text.Length > limits.MaxArticleCharacters ? ReadOutcome.Failed(path, TooLarge(text.Length, limits))
            : null;
        return failure is null ? text : null;
    }

    protected static string TooLarge(int characters, ReadLimits limits) =>
        $"article too large: {characters:N0} characters of text, the limit is {limits.MaxArticleCharacters:N0}";

    protected static ReadOutcome ArticleOrFailure(string path, Article article, int? line = null) =>
        string.IsNullOrWhiteSpace(article.Text)
            ? ReadOutcome.Failed(path, "no article text found", line)
            : ReadOutcome.Of(article);
}
