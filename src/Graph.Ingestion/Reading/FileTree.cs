namespace Graph.Ingestion.Reading;

/// <summary>
/// The file system as the folder walk sees it. Tests replace it to simulate what cannot be arranged on disk for
/// every user (a folder that cannot be read, when the tests run as root).
/// </summary>
public abstract class FileTree
{
    public static FileTree Disk { get; } = new DiskFileTree();

    public abstract bool IsFile(string path);

    public abstract bool IsFolder(string path);

    /// <summary>The entries of a folder; throws UnauthorizedAccessException when it may not be read.</summary>
    public abstract IEnumerable<FileTreeEntry> List(string folder);

    /// <summary>The folder a symbolic link leads to in the end, with every link on the way resolved.</summary>
    public abstract string RealPath(string folder);

    /// <summary>Why a path that is neither a file nor a folder cannot be read.</summary>
    public abstract string WhyUnreadable(string path);
}
