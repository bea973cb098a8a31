using Graph.Ingestion.Reading;
using Graph.Storage;
using Graph.Storage.Neo4j;
using Microsoft.Data.Sqlite;

namespace Graph.Cli;

/// <summary>Errors the user can fix are one sentence on standard error, not a stack trace.</summary>
internal static class UserErrors
{
    public static async Task<int> HandleAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled. Articles already stored are kept; running the same command again continues.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"error: {PrintableText.Escape(message)}");
            return ExitCodes.ConfigurationError;
        }
    }

    private static string? Describe(Exception exception) => exception switch
    {
        StoreConfigurationException or Neo4jConfigurationException or FormatException => exception.Message,
        // These say themselves what the server did (timed out, broke off, sent something else than the Query API does).
        Neo4jTimeoutException or Neo4jServiceUnavailableException or Neo4jProtocolException => exception.Message,
        Neo4jException => $"Neo4j answered: {exception.Message}",
        SqliteException sqlite => $"the SQLite database could not be used: {sqlite.Message}",
        UnauthorizedAccessException or IOException => exception.Message,
        _ => null,
    };
}
