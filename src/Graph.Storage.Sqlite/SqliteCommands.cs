using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Small conveniences over ADO.NET commands, so queries read as SQL plus named values.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    /// <summary>A command in <paramref name="transaction"/>, on its connection.</summary>
    public static SqliteCommand Command(this SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = transaction.Connection!.Command(sql, parameters);
        command.Transaction = transaction;
        return command;
    }

    public static async Task<List<T>> ReadAllAsync<T>(
        this SqliteConnection connection,
        string sql,
        Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, parameters);
        return await ReadAllAsync(command, map, cancellationToken);
    }

    /// <summary>The rows of a query run inside <paramref name="transaction"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(
        this SqliteTransaction transaction,
        string sql,
        Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = transaction.Command(sql, parameters);
        return await ReadAllAsync(command, map, cancellationToken);
    }

    /// <summary>The rows of a command made once and run again with new values (SQLite keeps its statement prepared).</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite runs a query synchronously and its Cancel() does nothing, so a token cancelled
        // mid-query (a request's time-out) interrupts SQLite itself; the query then stops at its next step.
        using var interrupt = cancellationToken.Register(static state => Interrupt((SqliteConnection)state!), command.Connection!);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(map(reader));
            }
            return rows;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The query was interrupted: its request was cancelled.", e, cancellationToken);
        }
    }

    private static void Interrupt(SqliteConnection connection)
    {
        if (connection.Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_interrupt(handle);
        }
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
