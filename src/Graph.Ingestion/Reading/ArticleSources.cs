using System.IO.Compression;
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
                var (found, problems) = new FolderWalk(tree, file => known.Contains(KindOf(file)))
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

    public IAsyncEnumerable<ReadOutcome> ReadAsync(string file, CancellationToken cancellationToken = default) =>
        ReadAsync(file, null, cancellationToken);

    /// <summary>
    /// The articles in one file. A .gz file is decompressed as it is read and read as the kind its inner name
    /// says (news.jsonl.gz as JSON Lines); JSON Lines are streamed. <paramref name="position"/> hears how many
    /// bytes of the file (as stored on disk) have been read.
    /// </summary>
    public async IAsyncEnumerable<ReadOutcome> ReadAsync(
        string file, IProgress<long>? position, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = ReaderFor(file);
        if (!IsCompressed(file) && !reader.Streams)
        {
            var (bytes, problem) = await ReadBytesAsync(file, cancellationToken);
            if (bytes is null)
            {
                yield return ReadOutcome.Failed(file, problem!);
                yield break;
            }
            foreach (var outcome in reader.Read(file, bytes, limits))
            {
                yield return outcome;
            }
            position?.Report(bytes.Length);
            yield break;
        }
        await foreach (var outcome in StreamAsync(file, reader, position, cancellationToken))
        {
            yield return outcome;
        }
    }

    private async IAsyncEnumerable<ReadOutcome> StreamAsync(
        string file, ArticleReader reader, IProgress<long>? position, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (input, openProblem) = Open(file);
        if (input is null)
        {
            yield return ReadOutcome.Failed(file, openProblem!);
            yield break;
        }
        await using var _ = input;
        await using var stream = IsCompressed(file) ? new GZipStream(input, CompressionMode.Decompress) : (Stream)input;
        await using var outcomes = reader.ReadAsync(file, stream, limits, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            string? problem = null;
            try
            {
                if (!await outcomes.MoveNextAsync())
                {
                    break;
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                // A truncated or corrupt archive: what was read before stays read.
                problem = $"could not read past byte {input.Position:N0}: {e.Message}";
            }
            if (problem is not null)
            {
                yield return ReadOutcome.Failed(file, problem);
                yield break;
            }
            yield return outcomes.Current;
            position?.Report(input.Position);
        }
        position?.Report(input.Length);
    }

    private static (FileStream? Stream, string? Problem) Open(string file)
    {
        try
        {
            return (new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    private static bool IsCompressed(string file) => file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The ending that says what a file holds: ".jsonl" for both news.jsonl and news.jsonl.gz.</summary>
    private static string KindOf(string file) =>
        Path.GetExtension(IsCompressed(file) ? file[..^".gz".Length] : file).ToLowerInvariant();

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
        readers.FirstOrDefault(reader => reader.Extensions.Contains(KindOf(file)))
        ?? readers.OfType<PlainTextReader>().First();
}
