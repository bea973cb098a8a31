using System.Diagnostics;

namespace Graph.Web.Hosting;

/// <summary>
/// What `graph serve` writes per request: by default nothing (the framework's own request logging is kept to
/// warnings); with <c>Graph:Verbose=true</c> (<c>graph serve --verbose</c>) one line per request.
/// </summary>
public static partial class RequestLog
{
    public static ILoggingBuilder KeepFrameworkQuiet(this ILoggingBuilder logging)
    {
        // About 13 information lines per request otherwise (hosting, routing, output cache, rate limiter, ...).
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return logging;
    }

    public static IApplicationBuilder UseRequestLog(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Graph:Verbose", false))
        {
            return app;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Web.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                LogRequest(logger, context.Request.Method, context.Request.Path + context.Request.QueryString,
                    context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Target} {Status} {Milliseconds:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string target, int status, double milliseconds);
}
