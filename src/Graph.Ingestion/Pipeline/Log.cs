using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Pipeline;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Location}: {Reason}")]
    public static partial void ReadFailed(ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "{Source}: extraction failed")]
    public static partial void ExtractionFailed(ILogger logger, string source, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Location}: {Reason}")]
    public static partial void ReadWarning(ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Linked {Links} raw entities onto others ({Changed} changed) in {Seconds:0.0} s")]
    public static partial void Linked(ILogger logger, int links, int changed, double seconds);
}
