namespace Graph.Storage.Tests.Neo4j;

/// <summary>A clock that only moves when a retry "waits": the waits are recorded, no test sleeps.</summary>
internal sealed class FakeTime : TimeProvider
{
    private long ticks;

    public List<TimeSpan> Waits { get; } = [];

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => ticks;

    public Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        Waits.Add(wait);
        ticks += wait.Ticks;
        return Task.CompletedTask;
    }
}
