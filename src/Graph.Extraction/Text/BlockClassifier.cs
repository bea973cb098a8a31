using System.Text.RegularExpressions;

namespace Graph.Extraction.Text;

/// <summary>Tells captions, credits, share buttons and headings from the body text, line by line.</summary>
internal static partial class BlockClassifier
{
    public static BlockKind Classify(string line, bool isFirst)
    {
        if (TweetEmbed.WordsEnd(line) > 0)
        {
            return BlockKind.Post;
        }
        if (line.Contains("contributed", StringComparison.OrdinalIgnoreCase) && Contribution().IsMatch(line) || CreditLine().IsMatch(line))
        {
            return BlockKind.Credit;
        }
        if (Boilerplate().IsMatch(line))
        {
            return BlockKind.Boilerplate;
        }
        if (IsCaption(line))
        {
            return BlockKind.Caption;
        }
        var trimmed = line.TrimEnd();
        var last = trimmed.Length > 0 ? trimmed[^1] : '.';
        if (isFirst && last is '?' or '!')
        {
            return BlockKind.Heading; // a headline asking or exclaiming
        }
        var ends = last is '.' or '!' or '?' or '"' or '\u201d' or ':' or ';' or ')' or ',' or '\u2019' or '\'';
        return ends ? BlockKind.Body : BlockKind.Heading;
    }

    /// <summary>Cheap tests first: most lines have none of the marks a caption needs.</summary>
    private static bool IsCaption(string line) =>
        (line.Contains('(') && CaptionCredit().IsMatch(line))
        || (line.Contains('/') && PhotoAgency().IsMatch(line))
        || line.Contains("Photograph:", StringComparison.Ordinal)
        || line.Contains("Photo:", StringComparison.Ordinal)
        || line.Contains("Getty Images", StringComparison.Ordinal)
        || line.Contains("AP Photo", StringComparison.Ordinal)
        || line.Contains("Image copyright", StringComparison.Ordinal);

    [GeneratedRegex(@"contributed (to )?(this |the )?report|contributed reporting", RegexOptions.IgnoreCase)]
    private static partial Regex Contribution();

    [GeneratedRegex(@"^\s*\W?\s*((Reporting|Writing|Editing|Additional reporting) by\b|By [A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^\s*(Like .{1,60} on Facebook|Slideshow|Sign up|Read more|Related:|RELATED|Follow |Click |Subscribe|Share |Advertisement|Watch:|Play Video|Facebook Twitter|\(Refiles|Copyright|All rights reserved)", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\((Video|Photo|Photos|Image|Images|AP Photo|Credit|Getty)\b[^)]*\)")]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"\b[A-Z]{3,}/[A-Z][a-z]")]
    private static partial Regex PhotoAgency();
}
