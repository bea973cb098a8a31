using Graph.Ingestion.Reading;
using System.Text;

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
    public void ABadLineNamesOnlyTheFilesLineNumberNotTheParsersLineZero()
    {
        var failure = Read("{\"text\":\"Good one.\"}\n{not json\n").Single(o => o.Failure is not null).Failure!;

        Assert.Equal("feed.jsonl:2", failure.Location);
        Assert.DoesNotContain("LineNumber", failure.ToString());
        Assert.Contains("byte 2 of the line", failure.ToString());
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

    [Fact]
    public void DatesAreNormalisedAndAnOutOfRangeOneIsAWarningOnItsLine()
    {
        var outcomes = Read("""
            {"text":"One.","date":"3/28/18"}
            {"text":"Two.","date":"0001-01-01"}
            {"text":"Three."}
            """);

        Assert.Equal(["2018-03-28", null, null], outcomes.Select(o => o.Article!.Date));
        Assert.Equal("feed.jsonl:2", Assert.Single(outcomes, o => o.Warning is not null).Warning!.Location);
    }

    [Fact]
    public async Task ReadAsAStreamALineAtATimeItGivesWhatReadingItWholeGives()
    {
        var text = string.Concat(Enumerable.Range(1, 500).Select(i => $"{{\"title\":\"T{i}\",\"text\":\"Body {i} {new string('x', i * 7)}.\"}}\r\n"))
            + "{broken\n\n{\"text\":\"last, with no newline\"}";
        var bytes = Encoding.UTF8.GetBytes(text);

        var streamed = await new JsonLinesReader().ReadAsync("feed.jsonl", new MemoryStream(bytes), ReadLimits.Default).ToListAsync();

        Assert.Equal(Read(bytes).Select(Describe), streamed.Select(Describe));
        Assert.Equal(502, streamed.Count);
    }

    [Fact]
    public async Task AStreamedLineOverTheLimitIsReportedAndTheNextLinesAreRead()
    {
        var limits = new ReadLimits { MaxArticleCharacters = 10 };
        var bytes = Encoding.UTF8.GetBytes($"{{\"text\":\"{new string('x', 2 * 1024 * 1024)}\"}}\n{{\"text\":\"short\"}}\n");

        var outcomes = await new JsonLinesReader().ReadAsync("feed.jsonl", new MemoryStream(bytes), limits).ToListAsync();

        Assert.Equal("feed.jsonl:1", outcomes[0].Failure!.Location);
        Assert.Contains("too long", outcomes[0].Failure!.Reason);
        Assert.Equal("short", outcomes[1].Article!.Text);
    }

    private static string Describe(ReadOutcome outcome) =>
        outcome.Article is { } article ? $"{article.Source} {article.Title} {article.Text}" : outcome.Failure!.ToString();

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example/x")]
    [InlineData("file:///etc/passwd")]
    public void Issue12_ALineWhoseUrlIsNotHttpIsReportedNotStored(string url)
    {
        var outcomes = Read($$"""
            {"title":"Bad","text":"Body.","url":{{System.Text.Json.JsonSerializer.Serialize(url)}}}
            {"title":"Good","text":"Body two.","url":"http://example.org/2"}
            """);

        var failure = Assert.Single(outcomes, o => o.Failure is not null).Failure!;
        Assert.Equal("feed.jsonl:1", failure.Location);
        Assert.Contains("not an absolute http(s) address", failure.Reason);
        Assert.Equal("http://example.org/2", Assert.Single(outcomes, o => o.Article is not null).Article!.Url);
    }

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
