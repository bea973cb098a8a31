using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Ingestion.Reading;

/// <summary>
/// JSON Lines: one article per line as {"title","text","url","date","source"}, where source names the
/// publisher. Each line stands alone: a bad line is reported with its number and the others are read.
/// Read as a stream, a line at a time, so a feed of any length takes constant memory.
/// </summary>
public sealed class JsonLinesReader(ArticleDates? dates = null) : ArticleReader
{
    private readonly ArticleDates dates = dates ?? ArticleDates.System;

    public override IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public override bool Streams => true;

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
            if (IsBlank(line.Span))
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

    public override async IAsyncEnumerable<ReadOutcome> ReadAsync(
        string path, Stream stream, ReadLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A line of JSON holds at most the text limit in characters, each escaped in at most 6 bytes, and the other fields.
        var lines = new ByteLines(stream, MaxLineBytes(limits));
        var lineNumber = 0;
        var nonEmptyLines = 0;
        while (await lines.NextAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (line.TooLong)
            {
                nonEmptyLines++;
                yield return ReadOutcome.Failed(path, $"line too long: over {MaxLineBytes(limits):N0} bytes", lineNumber);
                continue;
            }
            if (IsBlank(line.Bytes.Span))
            {
                continue;
            }
            nonEmptyLines++;
            yield return ReadLine(path, lineNumber, line.Bytes.Span, limits);
        }
        if (nonEmptyLines == 0)
        {
            yield return ReadOutcome.Failed(path, "empty file: no JSON lines to read");
        }
    }

    private static int MaxLineBytes(ReadLimits limits) => (int)Math.Min(int.MaxValue - 1, limits.MaxArticleCharacters * 6L + 1024 * 1024);

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim((byte)' ').Trim((byte)'\r').IsEmpty;

    // The parser's message ends with its own "LineNumber: 0" (it sees one line at a time), which would contradict the
    // file's line number the failure already names: keep the reason and the byte in the line.
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).TrimEnd();
        return e.BytePositionInLine is { } position ? $"{reason} (byte {position + 1} of the line)" : reason;
    }

    private ReadOutcome ReadLine(string path, int lineNumber, ReadOnlySpan<byte> line, ReadLimits limits)
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
            return ReadOutcome.Failed(path, $"not a JSON object: {Reason(e)}", lineNumber);
        }
        if (parsed?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return ReadOutcome.Failed(path, "no \"text\" field with the article text", lineNumber);
        }
        if (text.Length > limits.MaxArticleCharacters)
        {
            return ReadOutcome.Failed(path, TooLarge(text.Length, limits), lineNumber);
        }
        if (ArticleUrl.Problem(parsed.Url) is { } badUrl)
        {
            return ReadOutcome.Failed(path, badUrl, lineNumber);
        }
        var source = string.IsNullOrWhiteSpace(parsed.Url) ? $"{path}:{lineNumber}" : parsed.Url;
        var date = dates.Normalize(parsed.Date, out var warning);
        return ReadOutcome.Of(
            new Article(source, parsed.Title, text, parsed.Url, date, parsed.Source),
            warning is null ? null : new ReadFailure(path, lineNumber, warning));
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
