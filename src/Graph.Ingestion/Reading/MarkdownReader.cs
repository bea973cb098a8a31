using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Ingestion.Reading;

/// <summary>
/// A Markdown article, turned into plain text (markup removed, words kept) so offsets point at prose;
/// the headline is the first heading.
/// </summary>
public sealed partial class MarkdownReader(ArticleDates? dates = null) : ArticleReader
{
    private readonly ArticleDates dates = dates ?? ArticleDates.System;

    public override IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public override IEnumerable<ReadOutcome> Read(string path, byte[] bytes, ReadLimits limits)
    {
        var markdown = DecodeArticleText(path, bytes, limits, out var failure);
        if (markdown is null)
        {
            yield return failure!;
            yield break;
        }
        var (title, text, rawDate) = Parse(markdown);
        var date = dates.Normalize(rawDate, out var warning);
        var outcome = ArticleOrFailure(path, new Article(path, title ?? HeadlineGuesser.Guess(text), text, Date: date));
        yield return outcome.Article is { } article && warning is not null ? ReadOutcome.Of(article, new ReadFailure(path, null, warning)) : outcome;
    }

    public static (string? Title, string Text) ToPlainText(string markdown)
    {
        var (title, text, _) = Parse(markdown);
        return (title, text);
    }

    /// <summary>The plain text, the headline, and the date of the front matter as written.</summary>
    public static (string? Title, string Text, string? Date) Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var start = SkipFrontMatter(lines, out var frontMatterTitle, out var frontMatterDate);
        string? heading = null;
        var text = new StringBuilder();
        foreach (var raw in lines.Skip(start))
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }
            var match = Heading().Match(raw);
            var line = match.Success ? match.Groups[1].Value : raw;
            if (match.Success)
            {
                heading ??= Inline(line).Trim();
            }
            line = ListOrQuoteMarker().Replace(line, "");
            text.Append(Inline(line).TrimEnd()).Append('\n');
        }
        return (frontMatterTitle ?? heading, text.ToString().Trim('\n'), frontMatterDate);
    }

    private static int SkipFrontMatter(string[] lines, out string? title, out string? date)
    {
        (title, date) = (null, null);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---")
            {
                return i + 1;
            }
            if (lines[i].StartsWith("title:", StringComparison.OrdinalIgnoreCase))
            {
                title = lines[i]["title:".Length..].Trim().Trim('"', '\'');
            }
            if (lines[i].StartsWith("date:", StringComparison.OrdinalIgnoreCase))
            {
                date = lines[i]["date:".Length..].Trim().Trim('"', '\'');
            }
        }
        (title, date) = (null, null);
        return 0;
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "");
        line = Link().Replace(line, "$1");
        line = Emphasis().Replace(line, "$2");
        return line.Replace("`", "");
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:>\s?)+|^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListOrQuoteMarker();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|(?<!\w)_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
