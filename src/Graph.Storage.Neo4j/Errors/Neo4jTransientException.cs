namespace Graph.Storage.Neo4j;

/// <summary>A <c>Neo.TransientError.*</c> (a deadlock, a lock time-out, a database briefly unavailable): retried.</summary>
public sealed class Neo4jTransientException(string code, string message) : Neo4jException(code, message)
{
    // Terminated and LockClientStopped mean someone stopped the transaction on purpose: the drivers give up on them.
    // Running out of query memory is transient for the server but not for the statement: the same statement (a path
    // enumeration, say) needs the same memory again, and retrying it only keeps the server under pressure.
    public override bool IsRetriable => Code is not ("Neo.TransientError.Transaction.Terminated"
        or "Neo.TransientError.Transaction.LockClientStopped"
        or "Neo.TransientError.General.MemoryPoolOutOfMemoryError"
        or "Neo.TransientError.General.TransactionMemoryLimit");
}
