using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Reads a page's metadata as publishers write it: Open Graph and article meta tags, JSON-LD (schema.org
/// NewsArticle), the canonical link and &lt;time datetime&gt;.
/// </summary>
internal static partial class HtmlMetadata
{
    private static readonly string[] DateMetaTags =
    [
        "meta[property='article:published_time']", "meta[itemprop='datePublished']", "meta[name='date']",
        "meta[name='pubdate']", "meta[name='publish-date']", "meta[name='dc.date']", "meta[property='og:published_time']",
    ];

    private static readonly string[] Separators = [" - ", " | ", " – ", " — ", " :: ", " · "];

    /// <summary>The publication date as the page writes it (not yet normalised), or null.</summary>
    public static string? PublishedDate(IDocument document, IReadOnlyList<JsonElement> linkedData) =>
        DateMetaTags.Select(selector => NonEmpty(document.QuerySelector(selector)?.GetAttribute("content"))).FirstOrDefault(date => date is not null)
        ?? linkedData.Select(item => Find(item, "datePublished")).FirstOrDefault(date => date is not null)
        ?? NonEmpty(document.QuerySelector("time[itemprop='datePublished'], time[pubdate]")?.GetAttribute("datetime"))
        ?? NonEmpty(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

    public static string? Outlet(IDocument document, IReadOnlyList<JsonElement> linkedData) =>
        NonEmpty(document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"))
        ?? linkedData.Select(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("publisher", out var publisher) ? Find(publisher, "name") : null)
            .FirstOrDefault(name => name is not null);

    public static string? CanonicalUrl(IDocument document) =>
        NonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"))
        ?? NonEmpty(document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));

    /// <summary>The JSON-LD blocks of the page, each parsed (blocks that are not JSON are left out).</summary>
    public static IReadOnlyList<JsonElement> LinkedData(IDocument document)
    {
        var items = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                items.AddRange(Flatten(json.RootElement.Clone()));
            }
            catch (JsonException)
            {
                // A broken block says nothing; the meta tags may still.
            }
        }
        return items;
    }

    /// <summary>
    /// "Envoys meet in Oslo - Example News" (or "Example News | Envoys meet in Oslo") without the site's name;
    /// when the name is not known, a last part of a few capitalised words shorter than the rest is taken for it.
    /// </summary>
    public static string WithoutSiteName(string title, string? siteName)
    {
        foreach (var separator in Separators)
        {
            if (siteName is not null)
            {
                if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + siteName.Length)
                {
                    return title[..^(separator.Length + siteName.Length)].Trim();
                }
                if (title.StartsWith(siteName + separator, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + siteName.Length)
                {
                    return title[(siteName.Length + separator.Length)..].Trim();
                }
            }
            else if (title.LastIndexOf(separator, StringComparison.Ordinal) is var at and > 0
                && title[(at + separator.Length)..] is var suffix
                && SiteNameLike().IsMatch(suffix) && suffix.Length < at)
            {
                return title[..at].Trim();
            }
        }
        return title;
    }

    /// <summary>An item, or each item of an array or of an "@graph".</summary>
    private static IEnumerable<JsonElement> Flatten(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Flatten),
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => Flatten(graph),
        _ => [element],
    };

    private static string? Find(JsonElement element, string property) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String => NonEmpty(value.GetString()),
        JsonValueKind.Array => element.EnumerateArray().Select(item => Find(item, property)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A short run of capitalised words, like "BBC News" or "The Washington Post".</summary>
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\p{N}.&'-]*|of|the|and|on)(?: (?:\p{Lu}[\p{L}\p{N}.&'-]*|of|the|and|on)){0,3}$")]
    private static partial Regex SiteNameLike();
}
