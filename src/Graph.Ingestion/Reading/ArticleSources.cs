using System.Runtime.CompilerServices;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Turns the paths a user gives (files and folders, searched recursively) into articles, choosing the
/// reader by file ending. Folders contribute only files of known kinds; a file named explicitly is read
/// as plain text when its kind is unknown.
/// </summary>
public sealed class ArticleSources(IReadOnlyList<ArticleReader> readers, ReadLimits limits)
{
    public static ArticleSources Default { get; } = new(
        [new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new JsonLinesReader()], ReadLimits.Default);

    /// <summary>The files the paths name, in a stable order; paths that do not exist come back as failures.</summary>
    public (IReadOnlyList<string> Files, IReadOnlyList<ReadFailure> Missing) ListFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<ReadFailure>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(FilesUnder(path));
            }
            else
            {
                missing.Add(new ReadFailure(path, null, "no such file or folder"));
            }
        }
        return (files.Distinct().ToList(), missing);
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

    private IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var known = readers.SelectMany(reader => reader.Extensions).ToHashSet();
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(file => known.Contains(Path.GetExtension(file).ToLowerInvariant()))
            .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }
}
