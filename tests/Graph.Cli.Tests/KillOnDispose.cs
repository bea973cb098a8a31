using System.Diagnostics;

namespace Graph.Cli.Tests;

/// <summary>A test that fails or times out while its child process runs does not leave the process behind.</summary>
internal sealed class KillOnDispose(Process process) : IDisposable
{
    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
