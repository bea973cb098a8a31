using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Terminal;

/// <summary>
/// Writes warnings and errors to standard error as "warning: ..." lines. While a progress bar owns the
/// terminal, lines are held and written when it is done, so they do not tear the bar.
/// </summary>
internal sealed class StderrLoggerProvider : ILoggerProvider
{
    private readonly Lock gate = new();
    private readonly List<string> held = [];
    private bool holding;

    public void Hold()
    {
        lock (gate)
        {
            holding = true;
        }
    }

    public void Release()
    {
        lock (gate)
        {
            holding = false;
            held.ForEach(Console.Error.WriteLine);
            held.Clear();
        }
    }

    public ILogger CreateLogger(string categoryName) => new StderrLogger(this);

    public void Dispose() => Release();

    private void Write(string line)
    {
        lock (gate)
        {
            if (holding)
            {
                held.Add(line);
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }
    }

    private sealed class StderrLogger(StderrLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var level = logLevel >= LogLevel.Error ? "error" : "warning";
            var detail = exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})";
            provider.Write(PrintableText.Escape($"{level}: {formatter(state, exception)}{detail}"));
        }
    }
}
