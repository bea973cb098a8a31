using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary>
/// A real `graph serve` child process on a free port. Waiting for it retries refused connections and slow answers
/// alike, each try with its own time-out, until one overall deadline; if the process exits first, the failure shows
/// what it printed.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan PerTry = TimeSpan.FromSeconds(15);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private ServeProcess(string workingDirectory, string[] arguments)
    {
        Url = $"http://127.0.0.1:{FreePort()}";
        process = new Process { StartInfo = GraphProcess.StartInfo(workingDirectory, [.. arguments, "--urls", Url]) };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(error, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri(Url), Timeout = Timeout.InfiniteTimeSpan };
    }

    public string Url { get; }

    public HttpClient Client { get; }

    public string Output => Read(output);

    public string Error => Read(error);

    public static ServeProcess Start(string workingDirectory, params string[] arguments) => new(workingDirectory, ["serve", .. arguments]);

    /// <summary>The first successful answer to a GET of the path, as JSON.</summary>
    public async Task<JsonNode> GetJsonWhenUpAsync(string path, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        while (true)
        {
            Assert.False(process.HasExited, $"graph serve exited ({ExitCodeOrNone()}) before it answered. Standard error:\n{Error}");
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
            attempt.CancelAfter(PerTry);
            try
            {
                using var response = await Client.GetAsync(path, attempt.Token);
                if (response.IsSuccessStatusCode)
                {
                    return JsonNode.Parse(await response.Content.ReadAsStringAsync(attempt.Token))!;
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !deadline.IsCancellationRequested))
            {
                // Not listening yet, or too slow to answer this time: try again until the deadline.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"graph serve did not answer GET {path} within {Deadline.TotalMinutes:0} minutes. Standard error:\n{Error}");
            }
            await Task.Delay(200, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private string ExitCodeOrNone() => process.HasExited ? $"exit code {process.ExitCode}" : "still running";

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.AppendLine(line);
            }
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
