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
        this.options = options;
        queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        // Relative to the given address, so a Neo4j behind a reverse proxy path works too; the HttpClient is not touched.
        server = new Uri(options.Uri.ToString().TrimEnd('/') + "/");
    }

    /// <summary>Runs one statement in its own (implicit) transaction.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, queryPath, statement, parameters, affinity: null, cancellationToken);

    /// <summary>A new explicit transaction; it opens on its first statement.</summary>
    public QueryTransaction BeginTransaction() => new(this);

    internal async Task<(QueryResult Result, string? Affinity)> SendInTransactionAsync(
        HttpMethod method, string? transactionPath, CypherStatement? statement, JsonObject? parameters, string? affinity,
        CancellationToken cancellationToken)
    {
        var path = queryPath + "/tx" + transactionPath;
        using var request = CreateRequest(method, path, statement, parameters, affinity);
        using var response = await SendRawAsync(request, cancellationToken);
        var result = await ReadAsync(response, statement, cancellationToken);
        var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return (result, newAffinity ?? affinity);
    }

    private async Task<QueryResult> SendAsync(
        HttpMethod method, string path, CypherStatement statement, JsonObject? parameters, string? affinity,
        CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, path, statement, parameters, affinity);
        using var response = await SendRawAsync(request, cancellationToken);
        return await ReadAsync(response, statement, cancellationToken);
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

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jServiceUnavailableException($"Could not reach Neo4j at {options.Uri}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jServiceUnavailableException($"Neo4j at {options.Uri} did not answer in time.", e);
        }
    }

    private async Task<QueryResult> ReadAsync(HttpResponseMessage response, CypherStatement? statement, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = TryParse(text);
        var errors = QueryResponses.Errors(body);
        var status = (int)response.StatusCode;
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
        if (status >= 400 || body is null && text.Length > 0)
        {
            throw new Neo4jClientException($"HTTP {status}", $"Neo4j at {options.Uri} answered HTTP {status}: {Shorten(text)}");
        }
        return QueryResponses.Result(body);
    }

    private static JsonObject? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
