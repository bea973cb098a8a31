using Graph.Storage.Sqlite;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Sqlite;

public sealed class SqliteCheckTests
{
    [Fact]
    public async Task ASoundDatabaseHasNoProblem()
    {
        using var folder = new TemporaryDirectory();
        await using var store = new SqliteGraphStore(folder.File("graph.db"));
        await store.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Null(await store.CheckAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AFileThatIsNotADatabaseIsAProblem()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.Write("graph.db", string.Concat(Enumerable.Repeat("not a database at all. ", 400)));
        await using var store = new SqliteGraphStore(file);

        Assert.Contains("file is not a database", await store.CheckAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ADatabaseOfAnotherProgramIsAProblem()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("other.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE things (id INTEGER)";
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        await using var store = new SqliteGraphStore(file);

        Assert.Contains("no such table: articles", await store.CheckAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CheckingAFileThatDoesNotExistCreatesNothing()
    {
        using var folder = new TemporaryDirectory();
        await using var store = new SqliteGraphStore(folder.File("missing.db"));

        Assert.NotNull(await store.CheckAsync(TestContext.Current.CancellationToken));
        Assert.False(File.Exists(folder.File("missing.db")));
    }
}
