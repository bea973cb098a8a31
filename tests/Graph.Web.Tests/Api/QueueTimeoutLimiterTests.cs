using System.Threading.RateLimiting;
using Graph.Web.Hosting;

namespace Graph.Web.Tests.Api;

public sealed class QueueTimeoutLimiterTests
{
    private static ConcurrencyLimiter OnePermitOneQueued() =>
        new(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 1, QueueProcessingOrder = QueueProcessingOrder.OldestFirst });

    [Fact]
    public async Task AQueuedRequestWhoseWaitRunsOutIsTurnedAwayNotKeptWaiting()
    {
        using var limiter = new QueueTimeoutLimiter(OnePermitOneQueued(), TimeSpan.Zero, TimeProvider.System);
        using var running = await limiter.AcquireAsync(1, TestContext.Current.CancellationToken);

        using var queued = await limiter.AcquireAsync(1, TestContext.Current.CancellationToken);

        Assert.True(running.IsAcquired);
        Assert.False(queued.IsAcquired);
    }

    [Fact]
    public async Task AQueuedRequestGetsItsTurnWhenARunningOneEndsInTime()
    {
        using var limiter = new QueueTimeoutLimiter(OnePermitOneQueued(), TimeSpan.FromHours(1), TimeProvider.System);
        var running = await limiter.AcquireAsync(1, TestContext.Current.CancellationToken);

        var queued = limiter.AcquireAsync(1, TestContext.Current.CancellationToken);
        Assert.False(queued.IsCompleted);
        running.Dispose();
        using var lease = await queued;

        Assert.True(lease.IsAcquired);
    }
}
