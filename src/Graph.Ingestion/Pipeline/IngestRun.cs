using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Pipeline;

/// <summary>The running tally of one ingest run.</summary>
internal sealed class IngestRun(IEnumerable<ReadFailure> initialFailures)
{
    private readonly HashSet<string> seen = [];
    private readonly List<ReadFailure> failures = [.. initialFailures];

    public ArticleCounts Counts { get; private set; } = ArticleCounts.None with { Failed = initialFailures.Count() };

    public IReadOnlyList<ReadFailure> Failures => failures;

    /// <summary>False when the same content was already read in this run (the same article in two files).</summary>
    public bool FirstSighting(string articleId) => seen.Add(articleId);

    public void Fail(ReadFailure failure)
    {
        failures.Add(failure);
        Counts = Counts with { Failed = Counts.Failed + 1 };
    }

    public void Count(int newArticles = 0, int updated = 0, int unchanged = 0, int otherShard = 0) =>
        Counts = Counts with
        {
            New = Counts.New + newArticles,
            Updated = Counts.Updated + updated,
            Unchanged = Counts.Unchanged + unchanged,
            OtherShard = Counts.OtherShard + otherShard,
        };
}
