namespace Graph.Ingestion.Reading;

/// <summary>Bounds that keep one oversized input from taking the run down.</summary>
public sealed record ReadLimits
{
    /// <summary>The largest article text accepted, in characters (2 MB of text).</summary>
    public int MaxArticleCharacters { get; init; } = 2 * 1024 * 1024;

    /// <summary>The largest file read at all; JSON Lines files may hold many articles.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The deepest nesting of HTML elements accepted; real pages stay well under a hundred.</summary>
    public int MaxHtmlDepth { get; init; } = 1000;

    public static ReadLimits Default { get; } = new();
}
