using Graph.Core.Model;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// What the reader hands on, in reading order: the articles to extract (new or stale) and what became of
/// everything else read since the previous batch, so the writer can keep the whole tally in order.
/// </summary>
internal sealed class ReadBatch
{
    public List<(Article Article, bool IsNew)> ToExtract { get; } = [];

    /// <summary>Read failures and warnings, in reading order.</summary>
    public List<(ReadFailure Problem, bool IsWarning)> Problems { get; } = [];

    public int Unchanged { get; set; }

    public int OtherShard { get; set; }

    public int Items => ToExtract.Count + Problems.Count + Unchanged + OtherShard;

    public int FilesDone { get; set; }

    public string? CurrentFile { get; set; }

    /// <summary>Bytes of input (as stored) read up to the end of this batch.</summary>
    public long BytesRead { get; set; }

    public long TextBytes { get; set; }
}
