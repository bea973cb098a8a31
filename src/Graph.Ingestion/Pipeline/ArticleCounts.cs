namespace Graph.Ingestion.Pipeline;

/// <summary>What an ingest run did with the articles it read.</summary>
/// <param name="New">Extracted and stored for the first time.</param>
/// <param name="Updated">Stored before by an older extractor: re-extracted and replaced.</param>
/// <param name="Unchanged">Already stored by this extractor (or read twice in this run).</param>
/// <param name="Failed">Files or lines that could not be read or extracted.</param>
/// <param name="OtherShard">Left to another worker by --shard.</param>
public sealed record ArticleCounts(int New, int Updated, int Unchanged, int Failed, int OtherShard)
{
    public static ArticleCounts None { get; } = new(0, 0, 0, 0, 0);

    public int Read => New + Updated + Unchanged + OtherShard;

    /// <summary>Articles read with something left out (a date that is out of range or unreadable); each is logged.</summary>
    public int Warnings { get; init; }
}
