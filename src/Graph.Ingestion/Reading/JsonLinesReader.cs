using System.Text;
using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Ingestion.Reading;

/// <summary>
/// JSON Lines: one article per line as {"title","text","url","date","source"}, where source names the
/// publisher. Each line stands alone: a bad line is reported with its number and the others are read.
/// </summary>
public sealed class JsonLinesReader : ArticleReader
{
    public override IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public override IEnumerable<ReadOutcome> Read(string path, byte[] bytes, ReadLimits limits)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            // UTF-16 (its byte order mark says so): lines are split on UTF-8, so the whole file is converted first.
            if (TextDecoding.TryDecode(bytes, out var problem) is not { } text)
            {
                yield return ReadOutcome.Failed(path, problem!);
                yield break;
            }
            bytes = Encoding.UTF8.GetBytes(text);
        }
        var lineNumber = 0;
        var nonEmptyLines = 0;
        foreach (var line in SplitLines(bytes))
        {
            lineNumber++;
            if (line.Span.Trim((byte)' ').Trim((byte)'\r').IsEmpty)
            {
                continue;
            }
            nonEmptyLines++;
            yield return ReadLine(path, lineNumber, line.Span, limits);
        }
        if (nonEmptyLines == 0)
        {
            yield return ReadOutcome.Failed(path, "empty file: no JSON lines to read");
        }
    }

    private static ReadOutcome ReadLine(string path, int lineNumber, ReadOnlySpan<byte> line, ReadLimits limits)
    {
        var json = TextDecoding.TryDecode(line, out var problem);
        if (json is null)
        {
            return ReadOutcome.Failed(path, problem!, lineNumber);
        }
        JsonLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(json, JsonLineContext.Default.JsonLine);
        }
        catch (JsonException e)
        {
            return ReadOutcome.Failed(path, $"not a JSON object: {e.Message}", lineNumber);
        }
        if (parsed?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return ReadOutcome.Failed(path, "no \"text\" field with the article text", lineNumber);
        }
        if (text.Length > limits.MaxArticleCharacters)
        {
            return ReadOutcome.Failed(path, TooLarge(text.Length, limits), lineNumber);
        }
        var source = string.IsNullOrWhiteSpace(parsed.Url) ? $"{path}:{lineNumber}" : parsed.Url;
        return ReadOutcome.Of(new Article(source, parsed.Title, text, parsed.Url, parsed.Date, parsed.Source));
    }

    private static IEnumerable<ReadOnlyMemory<byte>> SplitLines(byte[] bytes)
    {
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            end = end < 0 ? bytes.Length : end;
            yield return bytes.AsMemory(start, end - start);
            start = end + 1;
        }
    }
}
