namespace Graph.Ingestion.Reading;

/// <summary>The real file system.</summary>
internal sealed class DiskFileTree : FileTree
{
    private static readonly EnumerationOptions Entries = new() { IgnoreInaccessible = false, AttributesToSkip = 0 };

    public override bool IsFile(string path) => File.Exists(path);

    public override bool IsFolder(string path) => Directory.Exists(path);

    public override IEnumerable<FileTreeEntry> List(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Entries)
            .Select(entry => new FileTreeEntry(Path.Join(folder, entry.Name), entry is DirectoryInfo, entry.LinkTarget is not null))
            .ToList();

    /// <summary>As many links as Linux follows in one path before it gives up (ELOOP).</summary>
    private const int MaxLinks = 40;

    public override string RealPath(string folder) => RealPath(folder, 0);

    private static string RealPath(string folder, int links)
    {
        if (links > MaxLinks)
        {
            throw new IOException($"more than {MaxLinks} symbolic links in one path");
        }
        var full = Path.GetFullPath(folder);
        var real = Path.GetPathRoot(full)!;
        foreach (var part in full[real.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            // Throws IOException on a chain of links that never ends; the walk reports it as a loop.
            real = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName, links + 1) : next;
        }
        return real;
    }

    public override string WhyUnreadable(string path)
    {
        try
        {
            File.OpenHandle(path).Dispose();
            return "not a file or a folder";
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (IOException)
        {
            return "no such file or folder";
        }
    }
}
