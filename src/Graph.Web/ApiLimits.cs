namespace Graph.Web;

/// <summary>The hard limits that keep any one request from taking the server down.</summary>
public static class ApiLimits
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    public const int MaxSearchTextLength = 200;

    public const int DefaultPathHops = 4;

    public const int MaxPathHops = 6;

    public const int DefaultPaths = 10;

    public const int MaxPaths = 50;

    public const int DefaultNeighbourhoodDepth = 1;

    public const int MaxNeighbourhoodDepth = 3;

    public const int DefaultNeighbourhoodNodes = 60;

    public const int MaxNeighbourhoodNodes = 300;

    public const int MaxInsights = 50;

    /// <summary>The default; Graph:RequestTimeout (for example 00:00:05) overrides it.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
}
