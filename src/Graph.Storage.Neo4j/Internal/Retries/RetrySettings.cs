namespace Graph.Storage.Neo4j.Internal.Retries;

/// <summary>The official drivers' defaults: retry for up to 30 s, first after about 1 s, doubling, ±20 % jitter.</summary>
internal sealed record RetrySettings
{
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);
    public double Multiplier { get; init; } = 2.0;
    public double JitterFactor { get; init; } = 0.2;
}
