using Graph.Core.Storage;
using Graph.Queries.Connections;
using Graph.Queries.Entities;
using Graph.Queries.Graphs;
using Graph.Queries.Insights;
using Graph.Queries.Neighbourhoods;
using Graph.Queries.Outlets;
using Graph.Queries.Quotes;
using Graph.Queries.Relationships;
using Graph.Queries.Resolution;
using Graph.Queries.Statistics;
using Graph.Queries.Timelines;
using Graph.Storage;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace Graph.Web.Hosting;

public static class GraphStoreServiceCollectionExtensions
{
    /// <summary>The store the configuration chooses (Graph:Store, Graph:Db, NEO4J_*), opened once and initialised at start-up.</summary>
    /// <remarks>
    /// Settings are read when the store is first needed, not while the app is being built, so that settings
    /// added late (by WebApplicationFactory in tests) are seen too.
    /// </remarks>
    public static IServiceCollection AddGraphStore(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return StoreSettings.From(key => configuration[key]);
        });
        services.AddSingleton<IGraphStore>(provider =>
            GraphStoreFactory.Create(provider.GetRequiredService<StoreSettings>(), provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IGraphReader>(provider => provider.GetRequiredService<IGraphStore>());
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>The API's settings (<see cref="GraphApiOptions"/>), bound from the Graph section and validated at start-up.</summary>
    public static IServiceCollection AddGraphApiOptions(this IServiceCollection services)
    {
        services.AddOptions<GraphApiOptions>().BindConfiguration(GraphApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<GraphApiOptions>>((options, api) =>
            options.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = api.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            });
        return services;
    }

    /// <summary>
    /// The query layer (Graph.Queries): one service per feature, and the in-memory graph they share, built in the
    /// background by <see cref="GraphChangeWatcher"/>.
    /// </summary>
    public static IServiceCollection AddGraphQueries(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphApiOptions>>().Value;
            return new GraphSnapshotProvider(provider.GetRequiredService<IGraphReader>(), provider.GetRequiredService<TimeProvider>(),
                new BetweennessSettings(options.ExactBetweennessUpTo, options.BetweennessSources));
        });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphApiOptions>>().Value;
            return new PeriodSnapshots(provider.GetRequiredService<IGraphReader>(), provider.GetRequiredService<GraphSnapshotProvider>(),
                new BetweennessSettings(options.PeriodExactBetweennessUpTo, options.PeriodBetweennessSources));
        });
        services.AddSingleton<EntityResolver>();
        services.AddSingleton<OutletQueries>();
        services.AddSingleton<TimelineQueries>();
        services.AddSingleton<ConnectionFinder>();
        services.AddSingleton<EntityQueries>();
        services.AddSingleton<RelationshipQueries>();
        services.AddSingleton<QuoteQueries>();
        services.AddSingleton<ConnectionQueries>();
        services.AddSingleton<NeighbourhoodQueries>();
        services.AddSingleton<InsightRankings>();
        services.AddSingleton<StatisticsQueries>();
        services.AddSingleton<GraphChangeWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<GraphChangeWatcher>());
        return services;
    }
}
