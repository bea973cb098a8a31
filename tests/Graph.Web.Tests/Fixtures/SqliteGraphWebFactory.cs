using Graph.Storage.Sqlite;
using Graph.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Graph.Web.Tests.Fixtures;

/// <summary>The real app on a temporary SQLite file holding <see cref="SampleGraph"/>; shared by a test class.</summary>
public sealed class SqliteGraphWebFactory : GraphWebApiFactory
{
    private readonly TemporaryDirectory folder = new();

    public string DatabaseFile => folder.File("graph.db");

    public override async ValueTask InitializeAsync()
    {
        await using var store = new SqliteGraphStore(DatabaseFile);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.SaveArticlesAsync(SampleGraph.Articles(), TestContext.Current.CancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Store", "sqlite");
        builder.UseSetting("Graph:Db", DatabaseFile);
        builder.UseEnvironment("Testing");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Dispose();
    }
}
