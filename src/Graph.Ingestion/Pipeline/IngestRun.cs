using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Pipeline;

/// <summary>The running tally of one ingest run, kept by the one writer in the order articles were read.</summary>
internal sealed class IngestRun(IEnumerable<ReadFailure> initialFailures)
{
    private readonly List<ReadFailure> failures = [.. initialFailures];

    private ArticleCounts counts = ArticleCounts.None;

    /// <summary>The tally so far; failures are counted from the list of them, so the two cannot disagree.</summary>
    public ArticleCounts Counts => counts with { Failed = failures.Count };

    public IReadOnlyList<ReadFailure> Failures => failures;

    public void Fail(ReadFailure failure)
    {
        failures.Add(failure);
    }

    public void Count(int newArticles = 0, int updated = 0, int unchanged = 0, int otherShard = 0, int warnings = 0) =>
        counts = counts with
        {
            New = counts.New + newArticles,
            Updated = counts.Updated + updated,
            Unchanged = counts.Unchanged + unchanged,
            OtherShard = counts.OtherShard + otherShard,
            Warnings = counts.Warnings + warnings,
        };
}
