using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Web.Tests.Fixtures;

/// <summary>The real app on a store holding <see cref="SampleGraph"/>; one subclass per store, one instance per test run.</summary>
public abstract class GraphWebApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public abstract ValueTask InitializeAsync();

    /// <summary>Whether the store finds shortest paths itself (Neo4j, in Cypher) rather than the app with QuikGraph.</summary>
    public virtual bool StoreFindsPaths => false;

    /// <summary>Skips the calling test, visibly, when this store cannot be reached from here.</summary>
    public virtual void SkipUnlessAvailable()
    {
    }
}
