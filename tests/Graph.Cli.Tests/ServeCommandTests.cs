using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Graph.TestSupport;

namespace Graph.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task ServeWithIngestStoresTheArticlesThenAnswersOverHttp()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("articles/a.txt", "Envoys meet\n\nNorwegian Prime Minister Kari Holm met Swedish Prime Minister Lars Berg in Oslo on Monday.");
        var url = $"http://127.0.0.1:{FreePort()}";
        using var process = Process.Start(GraphProcess.StartInfo(folder.Path, "serve", "--ingest", "articles", "--urls", url))!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
            var openApi = await WhenUpAsync(client, "/openapi/v1.json", process);

            Assert.Equal("3", ((string?)openApi["openapi"])?[..1]);
            Assert.True(File.Exists(folder.File("graph.db")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        Assert.Contains("1 new", await output);
    }

    private static async Task<JsonNode> WhenUpAsync(HttpClient client, string path, Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            Assert.False(process.HasExited, "graph serve exited before it answered");
            try
            {
                return JsonNode.Parse(await client.GetStringAsync(path, timeout.Token))!;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, timeout.Token); // not listening yet
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
