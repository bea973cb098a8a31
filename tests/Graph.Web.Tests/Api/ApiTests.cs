using Graph.Web.Tests.Fixtures;

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

    public ValueTask InitializeAsync()
    {
        factory.SkipUnlessAvailable();
        Client = factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Client?.Dispose();
        return ValueTask.CompletedTask;
    }
}
