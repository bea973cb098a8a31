using System.Text;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Reading;

public sealed class PlainTextReaderTests
{
    private static ReadOutcome ReadOne(byte[] bytes, ReadLimits? limits = null) =>
        Assert.Single(new PlainTextReader().Read("a.txt", bytes, limits ?? ReadLimits.Default));

    private static ReadOutcome ReadOne(string text) => ReadOne(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void TheWholeFileIsTheArticleTextAndItsFirstLineTheHeadline()
    {
        var article = ReadOne("Harbour talks resume\n\nThe two delegations met on Monday.\n").Article!;

        Assert.Equal("Harbour talks resume", article.Title);
        Assert.Equal("Harbour talks resume\n\nThe two delegations met on Monday.\n", article.Text);
        Assert.Equal("a.txt", article.Source);
    }

    [Fact]
    public void AMastheadGluedToItsSloganIsNotTakenForTheHeadline()
    {
        var article = ReadOne("The Daily HeraldNews You Can Trust\n\nHarbour talks resume\n\nThe two delegations met.").Article!;

        Assert.Equal("Harbour talks resume", article.Title);
    }

    [Fact]
    public void ABrandNameInAHeadlineFollowedByTheBodyKeepsTheHeadline()
    {
        var article = ReadOne("YouTube profits rise sharply\n\nThe video site reported results on Monday, beating forecasts.").Article!;

        Assert.Equal("YouTube profits rise sharply", article.Title);
    }

    [Fact]
    public void AByteOrderMarkIsNotPartOfTheText()
    {
        var article = ReadOne([0xEF, 0xBB, 0xBF, .. "Headline\n\nBody."u8]).Article!;

        Assert.Equal("Headline\n\nBody.", article.Text);
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData("  \n\t\n", "empty file")]
    public void AnEmptyFileIsAFailure(string text, string reason) =>
        Assert.Contains(reason, ReadOne(text).Failure!.Reason);

    [Fact]
    public void ABinaryFileIsAFailure() =>
        Assert.Contains("binary", ReadOne([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).Failure!.Reason);

    [Fact]
    public void InvalidUtf8IsAFailureThatSaysWhere() =>
        Assert.Contains("not valid UTF-8", ReadOne([.. "Headline "u8, 0xC3, 0x28, .. " body"u8]).Failure!.Reason);

    [Fact]
    public void AnArticleOverTheSizeLimitIsAFailure()
    {
        var failure = ReadOne(Encoding.UTF8.GetBytes(new string('a', 101)), new ReadLimits { MaxArticleCharacters = 100 }).Failure!;

        Assert.Contains("too large", failure.Reason);
        Assert.Equal("a.txt", failure.Location);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Issue11_AUtf16FileWithItsByteOrderMarkIsDecoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Envoys meet\n\nThe envoys met in Oslo.")).ToArray();

        var outcome = Assert.Single(new PlainTextReader().Read("a.txt", bytes, ReadLimits.Default));

        Assert.Null(outcome.Failure);
        Assert.Equal("Envoys meet\n\nThe envoys met in Oslo.", outcome.Article!.Text);
    }

    [Fact]
    public void AUtf16FileCutInTheMiddleOfACharacterIsNotValidText()
    {
        var bytes = new byte[] { 0xFF, 0xFE, (byte)'A', 0, (byte)'B' };

        var outcome = Assert.Single(new PlainTextReader().Read("a.txt", bytes, ReadLimits.Default));

        Assert.StartsWith("not valid UTF-16", outcome.Failure!.Reason);
    }
}
