using System.Text;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Reading;

public sealed class MarkdownReaderTests
{
    [Fact]
    public void MarkupIsRemovedAndTheFirstHeadingIsTheHeadline()
    {
        const string markdown = """
            # Envoys **agree** to meet

            The envoy of [Norland](https://example.org/norland) said the talks were *useful*.

            > "We will meet again," she said.

            - first point
            ![a photo](photo.jpg)
            """;

        var article = Assert.Single(new MarkdownReader().Read("a.md", Encoding.UTF8.GetBytes(markdown), ReadLimits.Default)).Article!;

        Assert.Equal("Envoys agree to meet", article.Title);
        Assert.Contains("The envoy of Norland said the talks were useful.", article.Text);
        Assert.Contains("\"We will meet again,\" she said.", article.Text);
        Assert.Contains("first point", article.Text);
        Assert.DoesNotContain("photo", article.Text);
        Assert.DoesNotContain("#", article.Text);
    }

    [Fact]
    public void FrontMatterGivesTheTitleAndIsNotText()
    {
        var (title, text) = MarkdownReader.ToPlainText("---\ntitle: \"Budget vote\"\nauthor: x\n---\nThe vote passed.");

        Assert.Equal("Budget vote", title);
        Assert.Equal("The vote passed.", text);
    }

    [Fact]
    public void UnderscoresInsideWordsAreKept() =>
        Assert.Equal("snake_case stays", MarkdownReader.ToPlainText("snake_case stays").Text);

    [Theory]
    [InlineData("date: 2018-03-28", "2018-03-28")]
    [InlineData("date: \"2018-03-28T09:00:00Z\"", "2018-03-28")]
    [InlineData("date: 3/28/18", "2018-03-28")]
    [InlineData("author: x", null)]
    public void TheFrontMatterDateIsTheArticleDate(string line, string? expected)
    {
        var markdown = $"---\ntitle: Budget vote\n{line}\n---\nThe vote passed.";

        var outcome = Assert.Single(new MarkdownReader().Read("a.md", Encoding.UTF8.GetBytes(markdown), ReadLimits.Default));

        Assert.Equal(expected, outcome.Article!.Date);
        Assert.Equal("The vote passed.", outcome.Article.Text);
    }
}
