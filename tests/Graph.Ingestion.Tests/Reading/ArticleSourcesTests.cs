using Graph.Ingestion.Reading;
using Graph.TestSupport;

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
}
