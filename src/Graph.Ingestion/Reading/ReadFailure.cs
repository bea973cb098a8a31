namespace Graph.Ingestion.Reading;

/// <summary>Input that could not be read as an article: where it is, and why, in words a user can act on.</summary>
public sealed record ReadFailure(string Path, int? Line, string Reason)
{
    public string Location => Line is { } line ? $"{Path}:{line}" : Path;

    /// <summary>The failure on one line, the location escaped so that a file name cannot forge or clear lines.</summary>
    public override string ToString() => $"{PrintableText.Escape(Location)}: {Reason}";
}
