namespace Graph.Ingestion.Pipeline;

/// <summary>Where a run is: files read of the total, and what became of the articles so far.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, ArticleCounts Articles, string? CurrentFile);
