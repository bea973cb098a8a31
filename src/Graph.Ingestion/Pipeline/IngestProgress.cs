namespace Graph.Ingestion.Pipeline;

/// <summary>
/// Where a run is: files read of the total, what became of the articles so far, and the bytes behind them:
/// of the input files as stored (compressed or not; these give the time left) and of article text.
/// </summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, ArticleCounts Articles, string? CurrentFile)
{
    /// <summary>Bytes of the input files (as stored on disk) behind the articles counted so far.</summary>
    public long BytesRead { get; init; }

    public long BytesTotal { get; init; }

    /// <summary>UTF-8 bytes of article text read so far.</summary>
    public long TextBytes { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>True on the last report of a run.</summary>
    public bool Finished { get; init; }

    /// <summary>Articles read (or failed) per second so far.</summary>
    public double ArticlesPerSecond => (Articles.Read + Articles.Failed) / Math.Max(Elapsed.TotalSeconds, 0.001);

    /// <summary>Megabytes (10^6 bytes) of article text per second so far.</summary>
    public double MegabytesPerSecond => TextBytes / 1e6 / Math.Max(Elapsed.TotalSeconds, 0.001);

    /// <summary>The time left at the speed so far, or null before there is a speed to go on.</summary>
    public TimeSpan? Remaining => BytesRead <= 0 || BytesTotal <= 0
        ? null
        : TimeSpan.FromSeconds(Elapsed.TotalSeconds * Math.Max(0, BytesTotal - BytesRead) / BytesRead);
}
