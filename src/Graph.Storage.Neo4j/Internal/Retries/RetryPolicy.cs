using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Internal.Retries;

/// <summary>
/// Runs a unit of work again after transient errors and lost connections, with exponential back-off and
/// jitter, until a time budget is spent, as the official drivers do. Client and database errors go straight
/// through. When Neo4j stays unreachable the caller gets one sentence instead of a stack trace; a server that
/// answers but keeps failing is reported as what it did (a 5xx, a broken-off answer), never as unreachable.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly RetrySettings settings;
    private readonly TimeProvider time;
    private readonly Func<double> random;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly ILogger logger;
    private readonly Uri server;

    public RetryPolicy(
        RetrySettings settings,
        Uri server,
        ILogger logger,
        TimeProvider? time = null,
        Func<double>? random = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(logger);
        this.settings = settings;
        this.server = server;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        this.random = random ?? Random.Shared.NextDouble;
        this.delay = delay ?? ((wait, token) => Task.Delay(wait, this.time, token));
    }

    /// <param name="alsoRetry">Errors that are safe to retry for this unit of work in particular (it is idempotent).</param>
    public async Task<T> ExecuteAsync<T>(
        Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default, Func<Neo4jException, bool>? alsoRetry = null)
    {
        var started = time.GetTimestamp();
        var nextDelay = settings.InitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken);
            }
            catch (Neo4jException e) when ((e.IsRetriable || alsoRetry?.Invoke(e) == true) && time.GetElapsedTime(started) < settings.MaxRetryTime)
            {
                var wait = Jittered(nextDelay);
                Log.Retrying(logger, e.Code, attempt, wait.TotalMilliseconds, e);
                await delay(wait, cancellationToken);
                nextDelay = TimeSpan.FromTicks((long)(nextDelay.Ticks * settings.Multiplier));
            }
            catch (Neo4jServiceUnavailableException e) when (e.ConnectionFailed)
            {
                throw new Neo4jConfigurationException(
                    $"Neo4j is not reachable at {server} (tried for {time.GetElapsedTime(started).TotalSeconds:0} s): start it (for example with docker compose up neo4j) or set NEO4J_URI to its HTTP address.",
                    e);
            }
        }
    }

    public Task ExecuteAsync(
        Func<CancellationToken, Task> work, CancellationToken cancellationToken = default, Func<Neo4jException, bool>? alsoRetry = null) =>
        ExecuteAsync(async token =>
        {
            await work(token);
            return true;
        }, cancellationToken, alsoRetry);

    private TimeSpan Jittered(TimeSpan delay)
    {
        var jitter = delay.Ticks * settings.JitterFactor;
        return TimeSpan.FromTicks((long)(delay.Ticks - jitter + 2 * jitter * random()));
    }
}
