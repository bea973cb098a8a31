namespace Graph.Core.Storage;

/// <summary>A quote is identified by its article and where it starts, the same in every store.</summary>
public static class QuoteIds
{
    public static string For(string articleId, int start) => $"{articleId}:{start}";
}
