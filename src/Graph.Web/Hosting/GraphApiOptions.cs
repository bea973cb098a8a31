using System.ComponentModel.DataAnnotations;

namespace Graph.Web.Hosting;

/// <summary>
/// The web API's settings, bound once from the <c>Graph</c> section (<c>--Graph:RequestTimeout=00:00:05</c>,
/// <c>GRAPH__RESPONSECACHE=false</c>, ...) and validated at start-up.
/// </summary>
public sealed class GraphApiOptions
{
    public const string Section = "Graph";

    /// <summary>The longest a request may run before it is answered 503.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = ApiLimits.RequestTimeout;

    /// <summary>Whether one line is logged per request (`graph serve --verbose`); by default nothing is.</summary>
    public bool Verbose { get; set; }

    /// <summary>Whether successful answers are cached in memory until the store changes.</summary>
    public bool ResponseCache { get; set; } = true;

    /// <summary>How many API requests run at once (the expensive kinds and the statistics aside); the others wait their turn, first come first served.</summary>
    [Range(1, 4096)]
    public int ConcurrentRequests { get; set; } = 2 * Math.Max(1, Environment.ProcessorCount);

    /// <summary>How many expensive queries (long paths, paths through quotes, deep neighbourhoods) run at once.</summary>
    [Range(1, 1024)]
    public int ExpensiveQueries { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How many more may wait for a turn; beyond that they are answered 429 at once.</summary>
    [Range(0, 1024)]
    public int ExpensiveQueryQueue { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Up to how many entities betweenness is computed exactly; above, from sampled sources.</summary>
    [Range(0, int.MaxValue)]
    public int ExactBetweennessUpTo { get; set; } = 20_000;

    /// <summary>How many sources the betweenness estimate searches from on a larger graph.</summary>
    [Range(1, int.MaxValue)]
    public int BetweennessSources { get; set; } = 1_000;

    /// <summary>
    /// Up to how many entities a period's betweenness (brokers with since/until, computed on the request's time) is
    /// computed exactly; above, from <see cref="PeriodBetweennessSources"/> sampled sources. The error of the estimate
    /// on news-37k periods is in the README.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int PeriodExactBetweennessUpTo { get; set; } = 2_000;

    /// <summary>How many sources a period's betweenness estimate searches from.</summary>
    [Range(1, int.MaxValue)]
    public int PeriodBetweennessSources { get; set; } = 250;
}
