using System.Text.Json.Nodes;
using Graph.Storage.Neo4j.Internal.Cypher;

namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>
/// An explicit transaction of the Query API: opened by its first statement (<c>POST /tx</c>), continued at
/// <c>/tx/{id}</c>, committed at <c>/tx/{id}/commit</c>, rolled back with <c>DELETE /tx/{id}</c>. The
/// cluster-affinity header the server sends is replayed on every later request, as the API requires.
/// </summary>
internal sealed class QueryTransaction(QueryApiClient client)
{
    private string? id;
    private string? affinity;
    private bool closed;

    public bool IsOpen => id is not null && !closed;

    public async Task<QueryResult> RunAsync(CypherStatement statement, JsonObject? parameters, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(closed, this);
        try
        {
            var (result, newAffinity) = await client.SendInTransactionAsync(
                HttpMethod.Post, id is null ? null : Path(), statement, parameters, affinity, cancellationToken);
            affinity = newAffinity;
            id ??= result.TransactionId is { Length: > 0 } opened
                ? opened
                : throw new Neo4jProtocolException(Neo4jProtocolException.InvalidResponse,
                    $"Neo4j at {client.Server} answered the first statement of a transaction (cypher/{statement.Name}.cypher) without a transaction id: is NEO4J_URI the HTTP port of Neo4j 5.26 or newer?");
            return result;
        }
        catch (Neo4jException e) when (e is not Neo4jServiceUnavailableException)
        {
            // After an error the server has already closed the transaction; nothing more may be sent to it.
            closed = true;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (id is null || closed)
        {
            throw new InvalidOperationException("Only an open transaction can be committed.");
        }
        closed = true;
        await client.SendInTransactionAsync(HttpMethod.Post, Path() + "/commit", null, null, affinity, cancellationToken);
    }

    /// <summary>Rolls back if still open; a failure here changes nothing (the server rolls back on expiry anyway).</summary>
    public async Task RollbackQuietlyAsync()
    {
        if (id is null || closed)
        {
            return;
        }
        closed = true;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.SendInTransactionAsync(HttpMethod.Delete, Path(), null, null, affinity, timeout.Token);
        }
        catch (Exception e) when (e is Neo4jException or Neo4jConfigurationException or OperationCanceledException)
        {
            // The transaction is gone either way: Neo4j rolls back an idle transaction when it expires.
        }
    }

    // The id comes from the server: escaped, so it can only ever name one path segment under /tx.
    private string Path() => "/" + Uri.EscapeDataString(id!);
}
