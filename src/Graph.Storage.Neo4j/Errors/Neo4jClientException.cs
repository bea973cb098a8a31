namespace Graph.Storage.Neo4j;

/// <summary>A <c>Neo.ClientError.*</c>: the request itself is wrong (syntax, constraint, parameter); never retried.</summary>
public sealed class Neo4jClientException(string code, string message) : Neo4jException(code, message)
{
    // The drivers retry these few client errors: they are about where the request went, not what it said.
    public override bool IsRetriable => Code is "Neo.ClientError.Cluster.NotALeader"
        or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase"
        or "Neo.ClientError.Security.AuthorizationExpired";
}
