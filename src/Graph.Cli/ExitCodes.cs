namespace Graph.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run finished, but some files or articles could not be read or extracted.</summary>
    public const int SomeInputFailed = 1;

    /// <summary>Nothing was done: a setting or the store is wrong (the message says how to fix it).</summary>
    public const int ConfigurationError = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
