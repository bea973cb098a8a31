using System.Threading.RateLimiting;

namespace Graph.Web.Hosting;

/// <summary>
/// A limiter whose queue gives up: a request that has waited <paramref name="maxWait"/> for a turn is turned away
/// (a lease not acquired, which the middleware answers 429 with Retry-After), so no request waits behind a storm of
/// long searches for longer than that. <see cref="ConcurrencyLimiter"/> alone would keep it queued until its
/// request timed out.
/// </summary>
public sealed class QueueTimeoutLimiter(RateLimiter inner, TimeSpan maxWait, TimeProvider time) : RateLimiter
{
    public override TimeSpan? IdleDuration => inner.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => inner.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => inner.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = inner.AttemptAcquire(permitCount);
        if (now.IsAcquired || maxWait <= TimeSpan.Zero)
        {
            return now;
        }
        now.Dispose();
        using var waited = new CancellationTokenSource(maxWait, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, waited.Token);
        try
        {
            return await inner.AcquireAsync(permitCount, either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return NotAcquired.Instance;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore() => inner.DisposeAsync();

    private sealed class NotAcquired : RateLimitLease
    {
        public static readonly NotAcquired Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
