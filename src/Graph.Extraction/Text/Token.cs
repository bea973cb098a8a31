using System.Diagnostics;

namespace Graph.Extraction.Text;

/// <summary>One word, number or punctuation mark: [Start, End) in the article text.</summary>
/// <param name="Norm">Lower case with curly apostrophes made straight: the form every word list is matched on.</param>
[DebuggerDisplay("{Norm}")]
/// <param name="InnerCapitalAt">Index of the first capital after a lower-case letter inside the word ("BrandtGOP": 6), or -1.</param>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Norm, bool IsCapitalized, bool IsAllCaps, bool IsInitial, int InnerCapitalAt = -1)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string norm) => Norm == norm;

    /// <summary>A possessive mark: "'s", or the bare apostrophe after a plural ("the Tories' leader"); curly ones are straight in Norm.</summary>
    public bool IsPossessiveMark => Norm is "'s" or "'";
}
