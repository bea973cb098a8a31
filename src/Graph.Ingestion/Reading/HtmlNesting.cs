namespace Graph.Ingestion.Reading;

/// <summary>
/// How deeply a page's elements nest, by one linear pass over its tags. An HTML parser does work proportional to
/// the depth for every element, so a page nested thousands of levels deep takes minutes; it is measured first and
/// refused instead.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Elements that hold no others, or whose end tag may be left out, so they never deepen a page.</summary>
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "rb", "rt", "rp", "html", "head", "body",
    };

    /// <summary>Elements whose content is text, not markup: their content is skipped.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noscript",
    };

    /// <summary>The deepest nesting of elements, counted up to just past the limit.</summary>
    public static int Deepest(string html, int limit)
    {
        var flat = Flat.GetAlternateLookup<ReadOnlySpan<char>>();
        var rawText = RawText.GetAlternateLookup<ReadOnlySpan<char>>();
        var (depth, deepest, at) = (0, 0, 0);
        while (deepest <= limit && (at = html.IndexOf('<', at)) >= 0)
        {
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                var endOfComment = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = endOfComment < 0 ? html.Length : endOfComment + 3;
                continue;
            }
            var closing = at + 1 < html.Length && html[at + 1] == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }
            var tagEnd = nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]) ? -1 : html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                at++;
                continue;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            at = tagEnd + 1;
            if (!closing && rawText.Contains(name))
            {
                var endTag = html.IndexOf($"</{name}", at, StringComparison.OrdinalIgnoreCase);
                at = endTag < 0 ? html.Length : endTag;
            }
            else if (!flat.Contains(name) && html[tagEnd - 1] != '/')
            {
                depth = Math.Max(0, depth + (closing ? -1 : 1));
                deepest = Math.Max(deepest, depth);
            }
        }
        return deepest;
    }
}
