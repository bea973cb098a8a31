using System.Runtime.InteropServices;

namespace Graph.Cli.Terminal;

/// <summary>
/// Ctrl+C and SIGTERM. The first cancels the command, which stops at the next article and exits 130; a second one,
/// for a command that does not stop soon enough, ends the process at once, also with 130. Either way every article
/// already stored is complete, since each batch is one transaction.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource cancellation = new();
    private readonly List<PosixSignalRegistration> registrations = [];
    private int received;

    public TerminationSignals()
    {
        if (!OperatingSystem.IsBrowser() && !OperatingSystem.IsIOS() && !OperatingSystem.IsTvOS() && !OperatingSystem.IsAndroid())
        {
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
        }
    }

    public CancellationToken Token => cancellation.Token;

    public void Dispose()
    {
        registrations.ForEach(registration => registration.Dispose());
        cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Increment(ref received) == 1)
        {
            // Cancelled off this thread: a callback that throws must not take the signal handler down with it.
            _ = cancellation.CancelAsync();
            return;
        }
        Console.Error.WriteLine("Stopped at once. Articles already stored are kept; running the same command again continues.");
        Environment.Exit(ExitCodes.Cancelled);
    }
}
