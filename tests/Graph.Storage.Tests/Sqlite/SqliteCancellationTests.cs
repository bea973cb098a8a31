using Microsoft.Data.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>A cancelled read stops SQLite itself (sqlite3_interrupt), not only the wait for its answer.</summary>
public sealed class SqliteCancellationTests
{
    [Fact]
    public async Task AQueryCancelledWhileItRunsIsInterruptedAndReportsTheCancellation()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        using var request = new CancellationTokenSource();
        var calls = 0;
        // Called by SQLite for every row the query counts: the thousandth cancels the request, as a time-out would.
        connection.CreateFunction("request_times_out", (long row) =>
        {
            calls++;
            if (row == 1_000)
            {
                request.Cancel();
            }
            return 1L;
        });

        // Without the interrupt this counts to 100 million before it could notice the cancellation.
        var read = Graph.Storage.Sqlite.SqliteCommands.ReadAllAsync(connection,
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000000) SELECT count(*) FROM n WHERE request_times_out(x) = 1",
            reader => reader.GetInt64(0), request.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.InRange(calls, 1_000, 100_000);
    }
}
