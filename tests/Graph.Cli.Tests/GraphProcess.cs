using System.Diagnostics;

namespace Graph.Cli.Tests;

/// <summary>Runs the real `graph` program (graph.dll beside the tests) as a child process.</summary>
internal static class GraphProcess
{
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment.Remove("GRAPH_STORE");
        info.Environment.Remove("GRAPH_DB");
        return info;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A hung command fails its test with what it printed, and is not left running.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"graph {string.Join(' ', arguments)} did not end within 5 minutes. Standard error:\n{await error}");
        }
        return (process.ExitCode, await output, await error);
    }
}
