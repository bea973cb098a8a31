namespace Graph.Ingestion.Reading;

/// <summary>One entry of a folder: its path, whether it is a folder, and whether it is a symbolic link.</summary>
public sealed record FileTreeEntry(string Path, bool IsFolder, bool IsLink);
