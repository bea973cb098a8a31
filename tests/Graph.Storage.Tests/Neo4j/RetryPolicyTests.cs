using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Retries;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Storage.Tests.Neo4j;

public sealed class RetryPolicyTests
{
    private readonly FakeTime time = new();

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(1.0, 1.2)]
    public async Task TheFirstWaitIsOneSecondWithinTwentyPercentJitter(double random, double expectedSeconds)
    {
        var policy = Policy(() => random);
        var attempts = 0;

        var result = await policy.ExecuteAsync(_ => ++attempts == 1
            ? throw new Neo4jTransientException("Neo.TransientError.Transaction.LockAcquisitionTimeout", "timed out")
            : Task.FromResult("done"), TestContext.Current.CancellationToken);

        Assert.Equal("done", result);
        Assert.Equal(expectedSeconds, Assert.Single(time.Waits).TotalSeconds, precision: 6);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    public async Task ATransactionStoppedOnPurposeIsNotRetried(string code)
    {
        var attempts = 0;

        await Assert.ThrowsAsync<Neo4jTransientException>(() => Policy(() => 0.5).ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new Neo4jTransientException(code, "stopped");
        }, TestContext.Current.CancellationToken));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task ANotALeaderAnswerIsRetriedLikeTheDriversDo()
    {
        var attempts = 0;

        await Policy(() => 0.5).ExecuteAsync(_ => ++attempts == 1
            ? throw new Neo4jClientException("Neo.ClientError.Cluster.NotALeader", "not the leader")
            : Task.CompletedTask, TestContext.Current.CancellationToken);

        Assert.Equal(2, attempts);
    }

    private RetryPolicy Policy(Func<double> random) =>
        new(new RetrySettings(), new Uri("http://localhost:7474"), NullLogger.Instance, time, random, time.DelayAsync);
}
