namespace Graph.Ingestion.Pipeline;

public sealed record IngestOptions
{
    /// <summary>Articles stored per transaction: larger is faster, and a crash loses at most one batch of work.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Batches extracted at once (one per core by default); the stored graph is the same for any value.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public Shard Shard { get; init; } = Shard.All;
}
