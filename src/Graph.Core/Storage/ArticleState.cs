namespace Graph.Core.Storage;

public enum ArticleState
{
    /// <summary>Not stored yet.</summary>
    Missing,

    /// <summary>Stored by an older extractor: its facts are to be replaced.</summary>
    Stale,

    /// <summary>Stored by the current extractor: nothing to do.</summary>
    Current,
}
