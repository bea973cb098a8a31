using System.Text;

namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>
/// Reads an HTTP answer as it arrives and stops it at a size limit, whatever Content-Length said, so a huge or
/// endless answer costs at most the limit; keeps the first bytes to quote in error messages.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit, Func<Exception> tooLarge) : Stream
{
    private const int KeptBytes = 200;
    private readonly byte[] start = new byte[KeptBytes];
    private int startLength;

    public long BytesRead { get; private set; }

    /// <summary>The first bytes read, as text (for messages).</summary>
    public string Start => Encoding.UTF8.GetString(start, 0, startLength);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Counted(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Counted(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Counted(ReadOnlySpan<byte> read)
    {
        if (startLength < KeptBytes)
        {
            var kept = Math.Min(KeptBytes - startLength, read.Length);
            read[..kept].CopyTo(start.AsSpan(startLength));
            startLength += kept;
        }
        BytesRead += read.Length;
        if (BytesRead > limit)
        {
            throw tooLarge();
        }
        return read.Length;
    }
}
