namespace Graph.Ingestion.Reading;

/// <summary>
/// The address an input gives for its article. Only an absolute http or https URL is stored: the explorer renders
/// it as a link, and a <c>javascript:</c> or <c>data:</c> address would run in the app's origin when clicked.
/// </summary>
public static class ArticleUrl
{
    /// <summary>Null when the address is acceptable (or there is none); otherwise why it is refused, for the report.</summary>
    public static string? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }
        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed)
            && parsed.Scheme is "http" or "https"
            && parsed.Host.Length > 0
            ? null
            : $"url '{Shorten(url.Trim())}' is not an absolute http(s) address; only http and https links are stored";
    }

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..80] + "…";
}
