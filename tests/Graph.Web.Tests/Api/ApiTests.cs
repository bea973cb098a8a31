using Graph.Web.Tests.Fixtures;

namespace Graph.Web.Tests.Api;

/// <summary>
/// Tests of the API written once and run on each store by a nested subclass per store (OnSqlite, OnNeo4j),
/// so both stores answer the same questions the same way.
/// </summary>
public abstract class ApiTests(GraphWebApiFactory factory) : IAsyncLifetime
{
    protected HttpClient Client { get; private set; } = null!;

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
