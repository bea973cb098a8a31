using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>Letters written after a name ("Ana Varga MP, Labour's chief whip,"): an apposition opens after them.</summary>
internal static class PostNominals
{
    private static readonly HashSet<string> Letters = ["mp", "mep", "msp", "mla", "qc"];

    /// <summary>The token after the letters that follow a name ending at <paramref name="end"/>, or end itself.</summary>
    public static int After(IReadOnlyList<Token> tokens, int end) =>
        end < tokens.Count && tokens[end].IsAllCaps && Letters.Contains(tokens[end].Norm) ? end + 1 : end;
}
