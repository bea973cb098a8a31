using Graph.Core.Storage;

namespace Graph.Web.Hosting;

/// <summary>Creates the store's schema before the first request, so an empty database answers with empty results.</summary>
internal sealed class StoreInitializer(IGraphStore store, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        logger.LogInformation("Graph store ready: {Store}", store.GetType().Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
