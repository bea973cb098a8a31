using Microsoft.Extensions.FileProviders;

namespace Graph.Web.Explorer;

public static class ExplorerApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the explorer (index.html and the npm-built dist/ bundle) from resources embedded in this
    /// assembly, so it works wherever the app is started from.
    /// </summary>
    public static IApplicationBuilder UseExplorer(this IApplicationBuilder app)
    {
        var files = new EmbeddedFileProvider(typeof(ExplorerApplicationBuilderExtensions).Assembly, "Graph.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
