namespace Graph.Ingestion.Reading;

/// <summary>
/// Lists the files under folders, following symbolic links but each real folder only once: a link back to a folder
/// being walked is a loop, reported and not followed. A folder that cannot be read is reported, never skipped quietly.
/// </summary>
internal sealed class FolderWalk(FileTree tree, Func<string, bool> wanted)
{
    private readonly HashSet<string> walked = new(StringComparer.Ordinal);
    private readonly List<string> files = [];
    private readonly List<ReadFailure> failures = [];

    public (IReadOnlyList<string> Files, IReadOnlyList<ReadFailure> Failures) Walk(string folder, CancellationToken cancellationToken)
    {
        var real = TryRealPath(folder);
        if (real is not null && walked.Add(real))
        {
            var pending = new Stack<(string Path, string Real, Ancestry Ancestors)>();
            pending.Push((folder, real, new Ancestry(real, folder, null)));
            while (pending.TryPop(out var current))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var sub in ListFolder(current.Path))
                {
                    var subReal = sub.IsLink ? TryRealPath(sub.Path) : Path.Combine(current.Real, Path.GetFileName(sub.Path));
                    if (subReal is null)
                    {
                        continue;
                    }
                    if (current.Ancestors.Find(subReal) is { } ancestor)
                    {
                        failures.Add(new ReadFailure(sub.Path, null, $"symbolic link loop: it leads back to {ancestor}, not followed"));
                    }
                    else if (walked.Add(subReal))
                    {
                        pending.Push((sub.Path, subReal, new Ancestry(subReal, sub.Path, current.Ancestors)));
                    }
                }
            }
        }
        return (files, failures);
    }

    /// <summary>Adds the wanted files of a folder and returns its sub-folders.</summary>
    private List<FileTreeEntry> ListFolder(string folder)
    {
        IEnumerable<FileTreeEntry> entries;
        try
        {
            entries = tree.List(folder);
        }
        catch (UnauthorizedAccessException)
        {
            failures.Add(new ReadFailure(folder, null, "permission denied: the folder cannot be read"));
            return [];
        }
        catch (IOException e)
        {
            failures.Add(new ReadFailure(folder, null, $"the folder cannot be read: {e.Message}"));
            return [];
        }
        var visible = entries.Where(entry => !Path.GetFileName(entry.Path).StartsWith('.')).OrderBy(entry => entry.Path, StringComparer.Ordinal).ToList();
        files.AddRange(visible.Where(entry => !entry.IsFolder && wanted(entry.Path)).Select(entry => entry.Path));
        return visible.Where(entry => entry.IsFolder).ToList();
    }

    private string? TryRealPath(string folder)
    {
        try
        {
            return tree.RealPath(folder);
        }
        catch (IOException e)
        {
            failures.Add(new ReadFailure(folder, null, $"symbolic link loop: {e.Message}, not followed"));
            return null;
        }
    }

    /// <summary>The real folders from the one given down to the one being listed, with the path each was reached by.</summary>
    private sealed record Ancestry(string Real, string Path, Ancestry? Parent)
    {
        public string? Find(string real) =>
            Real == real ? Path : Parent?.Find(real);
    }
}
