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

    /// <summary>The cross-article linking pass that ended the run, when the store links and the run wrote anything.</summary>
    public LinkingSummary? Linking { get; init; }
}
