using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// A local HTTP server on 127.0.0.1 that answers like Neo4j's Query API, one scripted answer per request, and
/// records every request it got. The client under test talks to it over a real socket.
/// </summary>
internal sealed class FakeQueryApi : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<Func<ReceivedRequest, Answer>> script = new();
    private readonly Task loop;
    private readonly CancellationTokenSource stopping = new();

    public FakeQueryApi()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>What to answer when the script has run out.</summary>
    public Func<ReceivedRequest, Answer> Otherwise { get; set; } = _ => Answer.Json(202, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""");

    public FakeQueryApi Then(int status, string json, params (string Name, string Value)[] headers) =>
        Then(_ => Answer.Json(status, json, headers));

    public FakeQueryApi Then(Func<ReceivedRequest, Answer> answer)
    {
        script.Enqueue(answer);
        return this;
    }

    /// <summary>A port nothing listens on, for connection failures.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal exception.
        }
        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var received = new ReceivedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Headers.AllKeys.Where(key => key is not null)
                    .ToDictionary(key => key!, key => context.Request.Headers[key]!, StringComparer.OrdinalIgnoreCase),
                body.Length == 0 ? null : JsonNode.Parse(body) as JsonObject);
            Requests.Enqueue(received);
            var answer = script.TryDequeue(out var next) ? next(received) : Otherwise(received);
            if (answer.Stream is { } stream)
            {
                await StreamAsync(context, answer, stream);
                continue;
            }
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in answer.Headers)
            {
                context.Response.Headers[name] = value;
            }
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    // An answer written as it goes (huge, endless, broken off or never finished); the client may hang up meanwhile.
    private async Task StreamAsync(HttpListenerContext context, Answer answer, Func<Stream, CancellationToken, Task> stream)
    {
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        if (answer.ContentLength is { } length)
        {
            context.Response.ContentLength64 = length;
        }
        else
        {
            context.Response.SendChunked = true;
        }
        try
        {
            await stream(context.Response.OutputStream, stopping.Token);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            context.Response.Abort();
        }
    }
}

internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonObject? Body)
{
    public string? Statement => Body?["statement"]?.GetValue<string>();
}

internal sealed record Answer(int Status, string Body, IReadOnlyList<(string Name, string Value)> Headers)
{
    /// <summary>Writes the body as it goes instead of <see cref="Body"/>; the token fires when the server stops.</summary>
    public Func<Stream, CancellationToken, Task>? Stream { get; init; }

    /// <summary>The Content-Length announced with <see cref="Stream"/> (none: chunked).</summary>
    public long? ContentLength { get; init; }

    public static Answer Json(int status, string body, params (string Name, string Value)[] headers) => new(status, body, headers);

    public static Answer Streamed(int status, Func<Stream, CancellationToken, Task> stream, long? contentLength = null) =>
        new(status, "", []) { Stream = stream, ContentLength = contentLength };
}
