using System.Runtime.CompilerServices;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Turns the paths a user gives (files and folders, searched recursively) into articles, choosing the
/// reader by file ending. Folders contribute only files of known kinds; a file named explicitly is read
/// as plain text when its kind is unknown.
/// </summary>
public sealed class ArticleSources(IReadOnlyList<ArticleReader> readers, ReadLimits limits, FileTree? fileTree = null)
{
    private readonly FileTree tree = fileTree ?? FileTree.Disk;

    public static ArticleSources Default { get; } = new(
        [new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new JsonLinesReader()], ReadLimits.Default);

    /// <summary>
    /// The files the paths name, in a stable order; paths that do not exist or cannot be read, folders that cannot
    /// be listed and symbolic link loops come back as failures.
    /// </summary>
    public (IReadOnlyList<string> Files, IReadOnlyList<ReadFailure> Failures) ListFiles(
        IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var files = new List<string>();
        var failures = new List<ReadFailure>();
        var known = readers.SelectMany(reader => reader.Extensions).ToHashSet();
        foreach (var path in paths)
        {
            if (tree.IsFile(path))
            {
                files.Add(path);
            }
            else if (tree.IsFolder(path))
            {
                var (found, problems) = new FolderWalk(tree, file => known.Contains(Path.GetExtension(file).ToLowerInvariant()))
                    .Walk(path, cancellationToken);
                files.AddRange(found.Order(StringComparer.Ordinal));
                failures.AddRange(problems);
            }
            else
            {
                failures.Add(new ReadFailure(path, null, tree.WhyUnreadable(path)));
            }
        }
        return (files.Distinct().ToList(), failures);
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(string file, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (bytes, problem) = await ReadBytesAsync(file, cancellationToken);
        if (bytes is null)
        {
            yield return ReadOutcome.Failed(file, problem!);
            yield break;
        }
        foreach (var outcome in ReaderFor(file).Read(file, bytes, limits))
        {
            yield return outcome;
        }
    }

    private async Task<(byte[]? Bytes, string? Problem)> ReadBytesAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var length = new FileInfo(file).Length;
            return length > limits.MaxFileBytes
                ? (null, $"file too large: {length:N0} bytes, the limit is {limits.MaxFileBytes:N0}")
                : (await File.ReadAllBytesAsync(file, cancellationToken), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    private ArticleReader ReaderFor(string file) =>
        readers.FirstOrDefault(reader => reader.Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
        ?? readers.OfType<PlainTextReader>().First();
}
