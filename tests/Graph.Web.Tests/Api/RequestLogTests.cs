using System.Collections.Concurrent;
using Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Web.Tests.Api;

/// <summary>`graph serve` logs nothing per request by default, and one line per request with --verbose.</summary>
public sealed class RequestLogTests
{
    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 3)]
    public async Task EachRequestIsLoggedOnlyWhenVerbose(bool verbose, int expectedLines)
    {
        await using var data = new SqliteGraphWebFactory();
        await data.InitializeAsync();
        var log = new CapturingLoggerProvider();
        await using var factory = data.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Graph:Verbose", verbose ? "true" : "false");
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        });
        var client = factory.CreateClient();
        await client.GetAsync("/api/statistics", TestContext.Current.CancellationToken);
        log.Entries.Clear();

        foreach (var url in new[] { "/api/statistics", "/api/entities?q=anna", "/api/entities/nobody-at-all" })
        {
            using var _ = await client.GetAsync(url, TestContext.Current.CancellationToken);
        }

        var perRequest = log.Entries.Where(entry => entry.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || entry.Category == "Graph.Web.Requests").ToList();
        Assert.Equal(expectedLines, perRequest.Count);
        Assert.All(perRequest, entry => Assert.Equal("Graph.Web.Requests", entry.Category));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
