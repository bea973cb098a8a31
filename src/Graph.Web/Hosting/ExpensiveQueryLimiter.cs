using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.Web.Hosting;

/// <summary>
/// Bounds how many expensive queries run at once (ASP.NET Core's concurrency limiter with a short queue), so a storm of
/// long path searches cannot starve the server: one over the limit is answered 429 with Retry-After at once, and one
/// queued is answered 429 if no turn comes within <see cref="MaxQueueWait"/>. Only
/// the expensive kinds are counted: paths longer than the default 4 hops or through quotes, neighbourhoods deeper
/// than 2, and paths, neighbourhoods and insights of a period (since/until), whose graph is built on request. Everything else, the usual paths and neighbourhoods included, is never limited.
/// </summary>
public static class ExpensiveQueryLimiter
{
    public const string Policy = "expensive-queries";

    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>The longest a request waits in the queue before it is answered 429 (the bound: within a second).</summary>
    public static readonly TimeSpan MaxQueueWait = TimeSpan.FromMilliseconds(800);

    public static IServiceCollection AddExpensiveQueryLimiter(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Response.Headers[HeaderNames.RetryAfter] = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many expensive queries",
                        Detail = "Too many long path, deep neighbourhood or period searches are running; ask again in a second, or with fewer hops.",
                    },
                });
            };
            options.AddPolicy(Policy, http =>
            {
                if (!IsExpensive(http.Request))
                {
                    return RateLimitPartition.GetNoLimiter("cheap");
                }
                var settings = http.RequestServices.GetRequiredService<IOptions<GraphApiOptions>>().Value;
                var time = http.RequestServices.GetRequiredService<TimeProvider>();
                return RateLimitPartition.Get("expensive", _ => new QueueTimeoutLimiter(
                    new ConcurrencyLimiter(new ConcurrencyLimiterOptions
                    {
                        PermitLimit = settings.ExpensiveQueries,
                        QueueLimit = settings.ExpensiveQueryQueue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }),
                    MaxQueueWait, time));
            });
        });
        return services;
    }

    /// <summary>Whether a request is one of the expensive kinds, from its query string (bad values count as cheap: they fail validation).</summary>
    public static bool IsExpensive(HttpRequest request)
    {
        var query = request.Query;
        if (!string.IsNullOrWhiteSpace(query["since"]) || !string.IsNullOrWhiteSpace(query["until"]))
        {
            return true;
        }
        if (request.Path.StartsWithSegments("/api/connections"))
        {
            return (int.TryParse(query["maxHops"], out var hops) && hops > ApiLimits.DefaultPathHops)
                || (bool.TryParse(query["quotes"], out var quotes) && quotes);
        }
        return request.Path.Value?.EndsWith("/neighbourhood", StringComparison.Ordinal) == true
            && int.TryParse(query["depth"], out var depth) && depth > 2;
    }
}
