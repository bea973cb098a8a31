using System.Text;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    private static List<ReadOutcome> Read(byte[] bytes) => new JsonLinesReader().Read("feed.jsonl", bytes, ReadLimits.Default).ToList();

    private static List<ReadOutcome> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void EachLineIsAnArticleWithItsMetadata()
    {
        var outcomes = Read("""
            {"title":"One","text":"First body.","url":"https://example.org/1","date":"2024-01-02","source":"Example News"}
            {"title":"Two","text":"Second body."}
            """);

        Assert.Equal(2, outcomes.Count);
        var first = outcomes[0].Article!;
        Assert.Equal(("One", "First body.", "https://example.org/1", "2024-01-02", "Example News"),
            (first.Title, first.Text, first.Source, first.Date, first.Outlet));
        Assert.Equal("feed.jsonl:2", outcomes[1].Article!.Source);
    }

    [Fact]
    public void ABadLineIsReportedWithItsNumberAndTheOthersAreRead()
    {
        var outcomes = Read("{\"text\":\"Good one.\"}\n{not json\n\n{\"title\":\"no text\"}\n[1,2]\n{\"text\":\"Good two.\"}\n");

        Assert.Equal(["Good one.", "Good two."], outcomes.Where(o => o.Article is not null).Select(o => o.Article!.Text));
        Assert.Equal(["feed.jsonl:2", "feed.jsonl:4", "feed.jsonl:5"], outcomes.Where(o => o.Failure is not null).Select(o => o.Failure!.Location));
    }

    [Fact]
    public void InvalidUtf8SpoilsOnlyItsOwnLine()
    {
        var outcomes = Read([.. "{\"text\":\"caf"u8, 0xC3, 0x28, .. "\"}\n{\"text\":\"fine\"}"u8]);

        Assert.Equal("feed.jsonl:1", Assert.Single(outcomes, o => o.Failure is not null).Failure!.Location);
        Assert.Equal("fine", Assert.Single(outcomes, o => o.Article is not null).Article!.Text);
    }

    [Fact]
    public void AnEmptyFileIsAFailure() =>
        Assert.Contains("empty", Assert.Single(Read("\n\n")).Failure!.Reason);

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Issue11_AUtf16FileWithItsByteOrderMarkIsReadLineByLine(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var json = "{\"title\":\"One\",\"text\":\"First text.\"}\n{\"title\":\"Two\",\"text\":\"Second text.\"}\n";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(json)).ToArray();

        var outcomes = new JsonLinesReader().Read("feed.jsonl", bytes, ReadLimits.Default).ToList();

        Assert.Equal(["First text.", "Second text."], outcomes.Select(outcome => outcome.Article?.Text));
    }
}
