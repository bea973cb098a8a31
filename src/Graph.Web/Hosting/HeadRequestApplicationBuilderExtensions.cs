namespace Graph.Web.Hosting;

/// <summary>
/// HEAD is answered like GET (RFC 9110 requires it): the request is routed as a GET, and the server sends the
/// status and headers without the body, since Kestrel never writes a body in answer to HEAD.
/// </summary>
public static class HeadRequestApplicationBuilderExtensions
{
    /// <summary>Must come before routing, so that HEAD finds the GET endpoints.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }
            return next(context);
        });
}
