using Graph.Queries.Graphs;
using Graph.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Web.Tests.Api;

/// <summary>
/// Tests of the API written once and run on each store by a nested subclass per store (OnSqlite, OnNeo4j),
/// so both stores answer the same questions the same way.
/// </summary>
public abstract class ApiTests(GraphWebApiFactory factory) : IAsyncLifetime
{
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The app under test, for its services (the store it reads, the path finder it uses).</summary>
    protected GraphWebApiFactory Factory => factory;

    public async ValueTask InitializeAsync()
    {
        factory.SkipUnlessAvailable();
        Client = factory.CreateClient();
        // The in-memory graph is built in the background at start-up; until then its endpoints answer 503.
        await factory.Services.GetRequiredService<GraphSnapshotProvider>().WhenReadyAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Client?.Dispose();
        return ValueTask.CompletedTask;
    }
}
