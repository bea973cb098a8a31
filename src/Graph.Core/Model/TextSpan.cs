using System.Diagnostics;

namespace Graph.Core.Model;

/// <summary>A piece of the article text: UTF-16 offsets [Start, End) and the text itself.</summary>
[DebuggerDisplay("{Start}..{End} {Text}")]
public sealed record TextSpan(int Start, int End, string Text)
{
    public static TextSpan Of(string articleText, int start, int end) =>
        new(start, end, articleText[start..end]);
}
