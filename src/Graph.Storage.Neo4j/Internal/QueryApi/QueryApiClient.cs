using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Storage.Neo4j.Internal.Cypher;

namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>
/// A typed HttpClient for Neo4j's Query API (<c>/db/{database}/query/v2</c>, Neo4j 5.25 and later): one
/// statement per request, in an implicit transaction or in an explicit one (<see cref="QueryTransaction"/>).
/// Every answer is checked the same way: status code first, then the <c>errors</c> array, even on a 202.
/// </summary>
internal sealed class QueryApiClient
{
    // The header that pins an explicit transaction to the cluster member that opened it.
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient http;
    private readonly Neo4jOptions options;
    private readonly string queryPath;
    private readonly Uri server;

    public QueryApiClient(HttpClient http, Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        // Credentials belong in User and Password; an address built by hand with them in it is neither sent nor shown.
        this.options = options with { Uri = Neo4jOptions.WithoutCredentials(options.Uri) };
        queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        // Relative to the given address, so a Neo4j behind a reverse proxy path works too; the HttpClient is not touched.
        server = new Uri(this.options.Uri.ToString().TrimEnd('/') + "/");
    }

    /// <summary>Runs one statement in its own (implicit) transaction.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, queryPath, statement, parameters, affinity: null, cancellationToken);

    /// <summary>A new explicit transaction; it opens on its first statement.</summary>
    public QueryTransaction BeginTransaction() => new(this);

    /// <summary>The server's address as messages show it (never with credentials: <see cref="Neo4jOptions.Parse"/> strips them).</summary>
    public Uri Server => options.Uri;

    internal async Task<(QueryResult Result, string? Affinity)> SendInTransactionAsync(
        HttpMethod method, string? transactionPath, CypherStatement? statement, JsonObject? parameters, string? affinity,
        CancellationToken cancellationToken)
    {
        var path = queryPath + "/tx" + transactionPath;
        using var request = CreateRequest(method, path, statement, parameters, affinity);
        return await ExchangeAsync(request, statement, affinity, cancellationToken);
    }

    private async Task<QueryResult> SendAsync(
        HttpMethod method, string path, CypherStatement statement, JsonObject? parameters, string? affinity,
        CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, path, statement, parameters, affinity);
        return (await ExchangeAsync(request, statement, affinity, cancellationToken)).Result;
    }

    private HttpRequestMessage CreateRequest(
        HttpMethod method, string path, CypherStatement? statement, JsonObject? parameters, string? affinity)
    {
        var request = new HttpRequestMessage(method, new Uri(server, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }
        if (statement is not null)
        {
            var body = new JsonObject
            {
                ["statement"] = statement.Text,
                // A copy: the same parameters may be sent again (a retry, or several statements of one batch).
                ["parameters"] = parameters?.DeepClone() ?? new JsonObject(),
                ["includeCounters"] = true,
            };
            request.Content = Json(body.ToJsonString());
        }
        else
        {
            // Commit and rollback carry no statement; an empty JSON object keeps the request well-formed.
            request.Content = Json("{}");
        }
        return request;
    }

    // Plain "application/json", as the Query API documents it (JSON is UTF-8 by definition).
    private static StringContent Json(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    // One request and its whole answer, under one time-out; the answer is streamed into the JSON parser, never
    // buffered whole by HttpClient, and refused past MaxResponseBytes.
    private async Task<(QueryResult Result, string? Affinity)> ExchangeAsync(
        HttpRequestMessage request, CypherStatement? statement, string? affinity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var result = await ReadAsync(response, statement, timeout.Token);
            var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (result, newAffinity ?? affinity);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError
            or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError)
        {
            throw new Neo4jServiceUnavailableException($"Could not connect to Neo4j at {options.Uri}: {e.Message}", e, connectionFailed: true);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new Neo4jServiceUnavailableException(
                $"Neo4j at {options.Uri} accepted the connection but broke off its answer to {Describe(statement)}: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            var limit = http.Timeout > TimeSpan.Zero && http.Timeout < options.RequestTimeout ? http.Timeout : options.RequestTimeout;
            var seconds = limit.TotalSeconds;
            throw new Neo4jTimeoutException(
                $"Neo4j at {options.Uri} did not finish answering {Describe(statement)} within {seconds:0} s, the client's time-out: the statement is too slow for this graph or the server is overloaded (set Neo4j's db.transaction.timeout below {seconds:0} s to have Neo4j stop such a statement and say so).",
                e);
        }
    }

    private async Task<QueryResult> ReadAsync(HttpResponseMessage response, CypherStatement? statement, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentLength is { } length && length > options.MaxResponseBytes)
        {
            throw TooLarge(statement, length);
        }
        await using var stream = new LimitedReadStream(
            await response.Content.ReadAsStreamAsync(cancellationToken), options.MaxResponseBytes, () => TooLarge(statement, null));
        JsonNode? parsed = null;
        var isJson = true;
        try
        {
            parsed = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            // An empty (or blank) answer is no JSON at all, which commit and rollback may legitimately get.
            isJson = string.IsNullOrWhiteSpace(stream.Start);
        }
        var body = parsed as JsonObject;
        // For messages, the answer's first bytes as sent: a large answer is never turned back into text.
        string Text() => stream.Start.Trim();
        var errors = QueryResponses.Errors(body);
        if (response.StatusCode == HttpStatusCode.Unauthorized
            || errors.Any(error => error.Code == "Neo.ClientError.Security.Unauthorized"))
        {
            throw new Neo4jConfigurationException(
                $"Neo4j at {options.Uri} refused the user name or password for user '{options.User}': check NEO4J_USER and NEO4J_PASSWORD.");
        }
        if (errors.Any(error => error.Code == "Neo.ClientError.Database.DatabaseNotFound"))
        {
            throw new Neo4jConfigurationException(
                $"Neo4j at {options.Uri} has no database named '{options.Database}': check NEO4J_DATABASE (the Community edition has only 'neo4j').");
        }
        if (errors.Count > 0)
        {
            throw QueryResponses.ToException(errors[0], statement);
        }
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new Neo4jConfigurationException(
                $"{options.Uri} does not answer Neo4j's Query API at /{queryPath}: check that NEO4J_URI is the HTTP port (usually 7474) of Neo4j 5.26 or newer.");
        }
        if (status >= 500)
        {
            throw new Neo4jServiceUnavailableException($"Neo4j at {options.Uri} answered HTTP {status} without an error code.");
        }
        if (status >= 400)
        {
            throw new Neo4jClientException($"HTTP {status}", $"Neo4j at {options.Uri} answered HTTP {status}: {Shorten(Text())}");
        }
        if (!isJson)
        {
            throw new Neo4jProtocolException(Neo4jProtocolException.InvalidResponse,
                $"Neo4j at {options.Uri} answered {Describe(statement)} with HTTP {status} and a body that is not JSON ({response.Content.Headers.ContentType?.MediaType ?? "no content type"}): {Shorten(Text())}");
        }
        if (parsed is not null && body is null)
        {
            throw NotAnAnswer(statement, status, Text());
        }
        try
        {
            return QueryResponses.Result(body);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or OverflowException)
        {
            throw NotAnAnswer(statement, status, Text());
        }
    }

    private Neo4jProtocolException NotAnAnswer(CypherStatement? statement, int status, string text) =>
        new(Neo4jProtocolException.InvalidResponse,
            $"Neo4j at {options.Uri} answered {Describe(statement)} with HTTP {status} and JSON that is not a Query API answer: {Shorten(text)}");

    private Neo4jProtocolException TooLarge(CypherStatement? statement, long? length) =>
        new(Neo4jProtocolException.ResponseTooLarge,
            $"Neo4j at {options.Uri} sent an answer to {Describe(statement)} larger than the {options.MaxResponseBytes:N0}-byte limit"
            + (length is { } bytes ? $" ({bytes:N0} bytes announced)" : "")
            + "; it was refused while streaming in.");

    private static string Describe(CypherStatement? statement) =>
        statement is null ? "the end of a transaction" : $"cypher/{statement.Name}.cypher";

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
