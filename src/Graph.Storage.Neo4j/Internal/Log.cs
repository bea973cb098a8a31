using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Internal;

/// <summary>Every log message of the Neo4j store, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Neo4j error {Code} on attempt {Attempt}; retrying in {DelayMilliseconds:0} ms")]
    public static partial void Retrying(ILogger logger, string code, int attempt, double delayMilliseconds, Exception exception);

    [LoggerMessage(2, LogLevel.Information, "Neo4j schema ready at {Server} (database {Database})")]
    public static partial void SchemaReady(ILogger logger, Uri server, string database);

    [LoggerMessage(3, LogLevel.Debug, "Stored {Articles} articles in Neo4j in one transaction")]
    public static partial void BatchStored(ILogger logger, int articles);

    [LoggerMessage(4, LogLevel.Debug, "Schema rule {Statement} was created by another process meanwhile ({Code})")]
    public static partial void SchemaRuleCreatedElsewhere(ILogger logger, string statement, string code);
}
