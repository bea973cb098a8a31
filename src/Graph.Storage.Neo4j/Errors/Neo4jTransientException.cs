namespace Graph.Storage.Neo4j;

/// <summary>A <c>Neo.TransientError.*</c> (a deadlock, a lock time-out, a database briefly unavailable): retried.</summary>
public sealed class Neo4jTransientException(string code, string message) : Neo4jException(code, message)
{
    // Terminated and LockClientStopped mean someone stopped the transaction on purpose: the drivers give up on them.
    public override bool IsRetriable => Code is not ("Neo.TransientError.Transaction.Terminated"
        or "Neo.TransientError.Transaction.LockClientStopped");
}
