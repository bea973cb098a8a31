namespace Graph.Web.Hosting;

/// <summary>
/// Safe defaults for a server that holds the graph: only the host names it is published under (a page on another
/// site cannot read it through DNS rebinding), no Server header, and headers that keep the explorer from running
/// injected script, being framed, sniffed or leaking its URLs.
/// </summary>
public static class WebSecurityExtensions
{
    /// <summary>Host names served when AllowedHosts is not set (ALLOWEDHOSTS or --AllowedHosts; "*" accepts any).</summary>
    public const string DefaultAllowedHosts = "localhost;127.0.0.1";

    /// <summary>The explorer loads only its own script, style sheet and API: nothing inline, nothing from elsewhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // The API reference page (Scalar) starts itself with an inline script; it still may not be framed or embed plugins.
    private const string ReferencePolicy = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddWebSecurity(this WebApplicationBuilder builder)
    {
        // Read by the host filtering middleware that every WebApplication runs (HostFilteringStartupFilter).
        if (string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            builder.Configuration["AllowedHosts"] = DefaultAllowedHosts;
        }
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        return builder;
    }

    /// <summary>Adds the headers when the response starts, so error pages and static files get them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/reference") ? ReferencePolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
