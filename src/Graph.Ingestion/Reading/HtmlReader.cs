using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Graph.Core.Model;

namespace Graph.Ingestion.Reading;

/// <summary>
/// An HTML page: only the main text is kept (the article or main element, else the body), with navigation,
/// captions, share buttons, related links and scripts removed. The text is the headline then one
/// paragraph per block, separated by blank lines, like a plain-text article.
/// </summary>
public sealed partial class HtmlReader(ArticleDates? dates = null) : ArticleReader
{
    private readonly ArticleDates dates = dates ?? ArticleDates.System;

    private const string Boilerplate =
        "script, style, noscript, template, iframe, svg, nav, aside, footer, form, button, figure, figcaption, " +
        "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

    private const string Blocks = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    public override IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public override IEnumerable<ReadOutcome> Read(string path, byte[] bytes, ReadLimits limits)
    {
        var html = DecodeArticleText(path, bytes, limits, out var failure);
        if (html is null)
        {
            yield return failure!;
            yield break;
        }
        if (HtmlNesting.Deepest(html, limits.MaxHtmlDepth) > limits.MaxHtmlDepth)
        {
            yield return ReadOutcome.Failed(path, $"HTML nested more than {limits.MaxHtmlDepth:N0} elements deep: not an article page, and too costly to read");
            yield break;
        }
        var page = Extract(html);
        if (ArticleUrl.Problem(page.Url) is { } badUrl)
        {
            yield return ReadOutcome.Failed(path, badUrl);
            yield break;
        }
        var date = dates.Normalize(page.Date, out var warning);
        var outcome = ArticleOrFailure(path, new Article(path, page.Title, page.Text, page.Url, date, page.Outlet));
        yield return outcome.Article is { } article && warning is not null ? ReadOutcome.Of(article, new ReadFailure(path, null, warning)) : outcome;
    }

    public static HtmlPage Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        // Metadata first: JSON-LD inside the article goes with the scripts removed below.
        var linkedData = HtmlMetadata.LinkedData(document);
        var (url, date, outlet) = (HtmlMetadata.CanonicalUrl(document), HtmlMetadata.PublishedDate(document, linkedData), HtmlMetadata.Outlet(document, linkedData));
        var root = document.QuerySelector("article") ?? document.QuerySelector("main, [role=main]") ?? document.Body;
        if (root is null)
        {
            return new HtmlPage(null, "", url, date, outlet);
        }
        foreach (var element in root.QuerySelectorAll(Boilerplate).Concat(root.QuerySelectorAll("*").Where(IsBoilerplateByName)).ToList())
        {
            element.Remove();
        }
        // A page's <title> usually carries the site's name; a headline (h1) carries it only by accident.
        var title = Clean(root.QuerySelector("h1")?.TextContent) is { } headline
            ? (outlet is null ? headline : HtmlMetadata.WithoutSiteName(headline, outlet))
            : (Clean(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")) ?? Clean(document.Title)) is { } pageTitle
                ? HtmlMetadata.WithoutSiteName(pageTitle, outlet)
                : null;
        var paragraphs = root.QuerySelectorAll(Blocks)
            .Where(block => block.ParentElement?.Closest(Blocks) is null)
            .Select(block => Clean(block.TextContent))
            .OfType<string>()
            .ToList();
        if (paragraphs.Count == 0 && Clean(root.TextContent) is { } loose)
        {
            paragraphs.Add(loose);
        }
        if (title is not null && (paragraphs.Count == 0 || paragraphs[0] != title))
        {
            paragraphs.Insert(0, title);
        }
        return new HtmlPage(title, string.Join("\n\n", paragraphs), url, date, outlet);
    }

    /// <summary>Share bars, related links, captions and the like, recognised by their class or id.</summary>
    private static bool IsBoilerplateByName(IElement element) =>
        BoilerplateName().IsMatch($"{element.ClassName} {element.Id}");

    private static string? Clean(string? text)
    {
        var cleaned = text is null ? "" : Whitespace().Replace(text, " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\b(share|sharing|social|related|newsletter|promo|advert|ad-|ads\b|caption|breadcrumb|menu|comments?|cookie|subscribe|byline-social|masthead|sidebar)", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
