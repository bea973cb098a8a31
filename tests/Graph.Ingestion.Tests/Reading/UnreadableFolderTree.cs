using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Reading;

/// <summary>The disk, except that one folder and everything in it may not be read: what chmod 000 does to a user who is not root.</summary>
internal sealed class UnreadableFolderTree(string unreadable) : FileTree
{
    private readonly string prefix = Path.GetFullPath(unreadable) + Path.DirectorySeparatorChar;

    public override bool IsFile(string path) => !Inside(path) && Disk.IsFile(path);

    public override bool IsFolder(string path) => Path.GetFullPath(path) + Path.DirectorySeparatorChar == prefix || (!Inside(path) && Disk.IsFolder(path));

    public override IEnumerable<FileTreeEntry> List(string folder) =>
        Path.GetFullPath(folder) + Path.DirectorySeparatorChar == prefix ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.") : Disk.List(folder);

    public override string RealPath(string folder) => Disk.RealPath(folder);

    public override string WhyUnreadable(string path) => Inside(path) ? "permission denied" : Disk.WhyUnreadable(path);

    private bool Inside(string path) => Path.GetFullPath(path).StartsWith(prefix, StringComparison.Ordinal);
}
