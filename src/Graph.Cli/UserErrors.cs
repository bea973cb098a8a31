using Graph.Storage;
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
        catch (Exception e) when (Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"error: {message}");
            return ExitCodes.ConfigurationError;
        }
    }

    private static string? Describe(Exception exception) => exception switch
    {
        StoreConfigurationException or FormatException => exception.Message,
        SqliteException sqlite => $"the SQLite database could not be used: {sqlite.Message}",
        UnauthorizedAccessException or IOException => exception.Message,
        _ => null,
    };
}
