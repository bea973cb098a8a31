namespace Graph.Ingestion.Pipeline;

public sealed record IngestOptions
{
    /// <summary>Articles stored per transaction: larger is faster, and a crash loses at most one batch of work.</summary>
    public int BatchSize { get; init; } = 32;

    public Shard Shard { get; init; } = Shard.All;
}
