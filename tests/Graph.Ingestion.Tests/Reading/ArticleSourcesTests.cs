using Graph.Ingestion.Reading;
using Graph.TestSupport;
using System.IO.Compression;
using System.Text;

namespace Graph.Ingestion.Tests.Reading;

public sealed class ArticleSourcesTests
{
    [Fact]
    public void FoldersAreSearchedRecursivelyForKnownKindsInAStableOrderSkippingHiddenOnes()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("b/two.md", "x");
        folder.Write("a/one.txt", "x");
        folder.Write("a/page.html", "x");
        folder.Write("feed.jsonl", "x");
        folder.Write("notes.docx", "x");
        folder.Write(".git/config.txt", "x");
        folder.Write("a/.hidden.txt", "x");

        var (files, missing) = ArticleSources.Default.ListFiles([folder.Path]);

        Assert.Empty(missing);
        Assert.Equal(["a/one.txt", "a/page.html", "b/two.md", "feed.jsonl"],
            files.Select(file => Path.GetRelativePath(folder.Path, file).Replace('\\', '/')));
    }

    [Fact]
    public void AFolderReachedThroughDotDotIsStillSearched()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("corpus/one.txt", "x");

        var (files, _) = ArticleSources.Default.ListFiles([Path.Combine(folder.Path, "corpus", "..", "corpus")]);

        Assert.Single(files);
    }

    [Fact]
    public async Task AFileNamedExplicitlyIsReadAsTextWhateverItsEnding()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("story.news", "Headline\n\nBody.");

        var outcomes = await ArticleSources.Default.ReadAsync(path).ToListAsync();

        Assert.Equal("Headline", Assert.Single(outcomes).Article!.Title);
    }

    [Fact]
    public async Task AGzippedFileIsReadAsTheKindItsInnerNameSays()
    {
        using var folder = new TemporaryDirectory();
        var feed = WriteGzip(folder.File("feed.jsonl.gz"), "{\"title\":\"One\",\"text\":\"First.\",\"date\":\"1/2/19\"}\n{\"text\":\"Second.\"}\n");
        var page = WriteGzip(folder.File("page.html.gz"), "<html><body><article><h1>Head</h1><p>Body.</p></article></body></html>");
        var text = WriteGzip(folder.File("story.txt.gz"), "Headline\n\nBody.");
        var positions = new List<long>();

        var articles = new List<ReadOutcome>();
        foreach (var file in new[] { feed, page, text })
        {
            articles.AddRange(await ArticleSources.Default.ReadAsync(file, new Recorder(positions)).ToListAsync());
        }

        Assert.Equal(["First.", "Second.", "Head\n\nBody.", "Headline\n\nBody."], articles.Select(a => a.Article!.Text));
        Assert.Equal("2019-01-02", articles[0].Article!.Date);
        Assert.Equal($"{feed}:2", articles[1].Article!.Source);
        Assert.Contains(new FileInfo(feed).Length, positions);
    }

    [Fact]
    public void FoldersIncludeGzippedFilesOfKnownKindsOnly()
    {
        using var folder = new TemporaryDirectory();
        WriteGzip(folder.File("feed.jsonl.gz"), "{}");
        WriteGzip(folder.File("backup.tar.gz"), "x");

        var (files, _) = ArticleSources.Default.ListFiles([folder.Path]);

        Assert.Equal(["feed.jsonl.gz"], files.Select(Path.GetFileName));
    }

    [Fact]
    public async Task ATruncatedArchiveKeepsWhatWasReadAndReportsTheRest()
    {
        using var folder = new TemporaryDirectory();
        var lines = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"text\":\"Article {i} {Guid.NewGuid()}\"}}\n"));
        var whole = File.ReadAllBytes(WriteGzip(folder.File("whole.jsonl.gz"), lines));
        var cut = folder.File("cut.jsonl.gz");
        File.WriteAllBytes(cut, whole[..(whole.Length / 2)]);

        var outcomes = await ArticleSources.Default.ReadAsync(cut).ToListAsync();

        Assert.InRange(outcomes.Count(o => o.Article is not null), 1, 1999);
        Assert.Equal(cut, Assert.Single(outcomes, o => o.Failure is not null).Failure!.Path);
    }

    private static string WriteGzip(string path, string contents)
    {
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(contents));
        }
        return path;
    }

    private sealed class Recorder(List<long> positions) : IProgress<long>
    {
        public void Report(long value) => positions.Add(value);
    }

    [Fact]
    public void Issue11_ASymbolicLinkLoopIsReportedAndEveryRealFolderIsReadOnce()
    {
        using var folder = new TemporaryDirectory();
        var root = folder.File("L");
        folder.Write("L/one.txt", "x");
        folder.Write("L/sub/two.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(root, "s1"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "s2"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root, "again"), "sub");

        var (files, failures) = ArticleSources.Default.ListFiles([root], TestContext.Current.CancellationToken);

        Assert.Equal(2, files.Count);
        Assert.Contains(Path.Combine(root, "one.txt"), files);
        Assert.Single(files, file => file.EndsWith("two.txt", StringComparison.Ordinal));
        Assert.Equal(["s1", "s2", "up"], failures.Select(failure => Path.GetFileName(failure.Path)));
        Assert.All(failures, failure => Assert.StartsWith("symbolic link loop: it leads back to ", failure.Reason));
    }

    [Fact]
    public void Issue11_ALinkThatLeadsToItselfIsReportedNotFollowed()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("L/one.txt", "x");
        Directory.CreateSymbolicLink(folder.File("L/a"), "b");
        Directory.CreateSymbolicLink(folder.File("L/b"), "a");
        Directory.CreateSymbolicLink(folder.File("L/deeper"), "deeper/x");

        var (files, _) = ArticleSources.Default.ListFiles([folder.File("L")], TestContext.Current.CancellationToken);

        Assert.Equal([folder.File("L/one.txt")], files);
    }

    [Fact]
    public void Issue11_AFolderThatCannotBeReadIsAFailureSayingPermissionDenied()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("ok/one.txt", "x");
        var locked = folder.File("locked");
        folder.Write("locked/two.txt", "x");
        var sources = new ArticleSources([new PlainTextReader()], ReadLimits.Default, new UnreadableFolderTree(locked));

        var (files, failures) = sources.ListFiles([folder.Path, Path.Combine(locked, "two.txt")], TestContext.Current.CancellationToken);

        Assert.Equal([folder.File("ok/one.txt")], files);
        Assert.Equal(
            [$"{locked}: permission denied: the folder cannot be read", $"{Path.Combine(locked, "two.txt")}: permission denied"],
            failures.Select(failure => failure.ToString()));
    }

    [Fact]
    public void Issue11_OnDiskAFolderWithNoPermissionsIsAFailureSayingPermissionDenied()
    {
        if (OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess)
        {
            Assert.Skip("chmod 000 does not stop reading on Windows or as root; the simulated test above covers this.");
            return;
        }
        using var folder = new TemporaryDirectory();
        var locked = folder.File("locked");
        folder.Write("locked/two.txt", "x");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var (_, failures) = ArticleSources.Default.ListFiles([folder.Path, Path.Combine(locked, "two.txt")], TestContext.Current.CancellationToken);

            Assert.Equal(["permission denied: the folder cannot be read", "permission denied"], failures.Select(failure => failure.Reason));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Issue11_ControlCharactersInAFileNameArePrintedAsEscapes()
    {
        var failure = new ReadFailure("news/\u001b[2J\nerror: forged.txt", null, "empty file: no text to read");

        Assert.Equal(@"news/\e[2J\nerror: forged.txt: empty file: no text to read", failure.ToString());
    }
}
