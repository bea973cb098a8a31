using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>Whether a word can be part of a name, by its shape alone.</summary>
internal static class NameShape
{
    /// <summary>"BrandtGOP", "PostDemocracy": words run together by a scraper, never a name ("McAllister" is one).</summary>
    public static bool IsRunTogether(Token token) => token.Length > 4 && token.InnerCapitalAt >= 3;

    public static bool IsNameWord(Token token) =>
        token.IsWord && !IsContraction(token.Norm) && !IsRunTogether(token) && (token.IsCapitalized || token.IsInitial || token.Norm.StartsWith("al-", StringComparison.Ordinal) || token.Norm.StartsWith("bin-", StringComparison.Ordinal));

    public static bool IsContraction(string norm) =>
        norm.EndsWith("'re", StringComparison.Ordinal) || norm.EndsWith("'ve", StringComparison.Ordinal) || norm.EndsWith("'ll", StringComparison.Ordinal)
        || norm.EndsWith("'m", StringComparison.Ordinal) || norm.EndsWith("'d", StringComparison.Ordinal) || norm.EndsWith("n't", StringComparison.Ordinal);
}
