using Microsoft.Extensions.Options;

namespace Graph.Web.Hosting;

public static class ResponseCacheServiceCollectionExtensions
{
    /// <summary>
    /// Caches successful API answers in memory, keyed by the whole URL, until the store changes
    /// (<see cref="GraphChangeWatcher"/>). Set Graph:ResponseCache=false (GRAPH__RESPONSECACHE=false) to measure the store itself.
    /// </summary>
    public static IServiceCollection AddGraphResponseCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 256 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .With(context => context.HttpContext.Request.Path.StartsWithSegments("/api")
                    && context.HttpContext.RequestServices.GetRequiredService<IOptions<GraphApiOptions>>().Value.ResponseCache)
                .Expire(TimeSpan.FromMinutes(10))
                .Tag(GraphChangeWatcher.CacheTag));
        });
        return services;
    }
}
