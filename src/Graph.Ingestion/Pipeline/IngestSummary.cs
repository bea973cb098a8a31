using Graph.Core.Queries;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Pipeline;

/// <summary>The outcome of an ingest run, with what the store holds at its end.</summary>
public sealed record IngestSummary(
    ArticleCounts Articles,
    IReadOnlyList<ReadFailure> Failures,
    GraphStatistics Store,
    TimeSpan Elapsed)
{
    public bool HasFailures => Failures.Count > 0;
}
