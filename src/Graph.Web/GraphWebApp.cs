using System.Text.Json.Serialization;
using Graph.Web.Articles;
using Graph.Web.Connections;
using Graph.Web.Entities;
using Graph.Web.Explorer;
using Graph.Web.Hosting;
using Graph.Web.Insights;
using Graph.Web.Neighbourhoods;
using Graph.Web.Outlets;
using Graph.Web.Quotes;
using Graph.Web.Relationships;
using Graph.Web.Statistics;
using Graph.Web.Timelines;
using Scalar.AspNetCore;

namespace Graph.Web;

/// <summary>
/// Builds the web app: the relationship API, its OpenAPI document and reference page, and the explorer.
/// `graph serve` and the tests start exactly this app.
/// </summary>
public static class GraphWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Create(string[] args)
    {
        ThreadPoolMinimum.Raise();
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.AddWebSecurity();

        builder.Logging.KeepFrameworkQuiet();
        builder.Services.AddGraphApiOptions();
        builder.Services.AddGraphStore();
        builder.Services.AddGraphQueries();
        builder.Services.AddGraphResponseCache();
        builder.Services.AddExpensiveQueryLimiter();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<GraphNotReadyExceptionHandler>();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Knowledge graph API";
            document.Info.Description = "People, countries and organisations from news articles: who met whom, who leads what, who said what about whom.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddRequestTimeouts();

        var app = builder.Build();

        app.UseRequestLog();
        app.UseSecurityHeaders();
        app.UseHeadAsGet().UseRouting(); // routing right after, as it ran before: HEAD is matched as GET
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseExplorer();
        app.UseRequestTimeouts();
        app.UseOutputCache();
        app.UseRateLimiter();
        app.UseApiRequestQueue();

        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference", options => options.WithTitle("Knowledge graph API"));
        app.MapEntityEndpoints();
        app.MapRelationshipEndpoints();
        app.MapQuoteEndpoints();
        app.MapOutletEndpoints();
        app.MapTimelineEndpoints();
        app.MapArticleEndpoints();
        app.MapConnectionEndpoints();
        app.MapNeighbourhoodEndpoints();
        app.MapInsightEndpoints();
        app.MapStatisticsEndpoints();

        return app;
    }
}
