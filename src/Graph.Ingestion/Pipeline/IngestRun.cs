using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Pipeline;

/// <summary>The running tally of one ingest run.</summary>
internal sealed class IngestRun(IEnumerable<ReadFailure> initialFailures)
{
    private readonly HashSet<string> seen = [];
    private readonly List<ReadFailure> failures = [.. initialFailures];

    private ArticleCounts counts = ArticleCounts.None;

    /// <summary>The tally so far; failures are counted from the list of them, so the two cannot disagree.</summary>
    public ArticleCounts Counts => counts with { Failed = failures.Count };

    public IReadOnlyList<ReadFailure> Failures => failures;

    /// <summary>False when the same content was already read in this run (the same article in two files).</summary>
    public bool FirstSighting(string articleId) => seen.Add(articleId);

    public void Fail(ReadFailure failure)
    {
        failures.Add(failure);
    }

    public void Count(int newArticles = 0, int updated = 0, int unchanged = 0, int otherShard = 0) =>
        counts = counts with
        {
            New = counts.New + newArticles,
            Updated = counts.Updated + updated,
            Unchanged = counts.Unchanged + unchanged,
            OtherShard = counts.OtherShard + otherShard,
        };
}
