namespace Graph.Ingestion.Reading;

/// <summary>
/// Splits a stream into lines of bytes with a buffer of bounded size, so a long JSON Lines stream is read in
/// constant memory. A line longer than the bound is skipped whole and reported as too long.
/// </summary>
internal sealed class ByteLines(Stream stream, int maxLineBytes)
{
    private byte[] buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
    private int start;
    private int end;
    private bool finished;

    /// <summary>The next line without its '\n' (valid until the next call), or null at the end of the stream.</summary>
    public async ValueTask<Line?> NextAsync(CancellationToken cancellationToken)
    {
        var scanned = start;
        var tooLong = false;
        while (true)
        {
            var newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanned + newline;
                var line = new Line(tooLong ? default : buffer.AsMemory(start, lineEnd - start), tooLong);
                start = lineEnd + 1;
                return line;
            }
            if (finished)
            {
                if (start == end && !tooLong)
                {
                    return null;
                }
                var last = new Line(tooLong ? default : buffer.AsMemory(start, end - start), tooLong);
                start = end;
                return last;
            }
            if (end - start > maxLineBytes)
            {
                tooLong = true;
                start = end;
            }
            scanned = end - start;
            await FillAsync(cancellationToken);
            scanned += start;
        }
    }

    /// <summary>Moves the unread bytes to the front (growing the buffer when they fill it) and reads more.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var unread = end - start;
        if (unread == buffer.Length)
        {
            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxLineBytes + 1));
        }
        Buffer.BlockCopy(buffer, start, buffer, 0, unread);
        (start, end) = (0, unread);
        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
        end += read;
        finished = read == 0;
    }

    internal readonly record struct Line(ReadOnlyMemory<byte> Bytes, bool TooLong);
}
