using System.Text.RegularExpressions;

namespace Graph.Extraction.Text;

/// <summary>
/// An embedded social media post as scraped pages keep it: the post's words, a dash, then its author line
/// ("We will be ready! — Lena Dahl (@lenadahl) March 3, 2018"). The words are a quotation of the author.
/// </summary>
internal static partial class TweetEmbed
{
    /// <summary>Where the post's words end in the line, or -1 when the line is no embedded post.</summary>
    public static int WordsEnd(string line)
    {
        if (!line.Contains("(@", StringComparison.Ordinal))
        {
            return -1;
        }
        var match = AuthorLine().Match(line);
        return match.Success ? match.Groups["words"].Index + match.Groups["words"].Length : -1;
    }

    [GeneratedRegex(@"^\s*(?<words>\S.*?\S)\s*(?:\u2014|\u2013|--?)\s*[^\u2014\u2013()@]{2,60}?\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$")]
    private static partial Regex AuthorLine();
}
