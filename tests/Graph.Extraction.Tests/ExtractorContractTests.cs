using Graph.Core.Model;

namespace Graph.Extraction.Tests;

public sealed class ExtractorContractTests
{
    private const string Sample =
        "Chinese Premier Chen Weiming met with Canadian Prime Minister Lena Dahl on Monday.\n\n" +
        "\u201cWe agreed on a great deal,\u201d Chen said, according to the Harbor Times.";

    [Fact]
    public void MentionsPointAtTheirTextInTheArticle()
    {
        var graph = Extraction.Of(Sample);
        Assert.All(graph.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, Sample[m.Start..m.End]));
    }

    [Fact]
    public void RelationsAndQuotesOnlyNameEntitiesOfTheDocument()
    {
        var graph = Extraction.Of(Sample);
        var ids = graph.Entities.Select(e => e.Id).ToHashSet();
        Assert.All(graph.Relations, r => Assert.True(ids.Contains(r.Source) && ids.Contains(r.Target)));
        Assert.All(graph.Quotes, q => Assert.Contains(q.Speaker, ids));
        Assert.All(graph.Quotes.SelectMany(q => q.About), a => Assert.Contains(a, ids));
    }

    [Fact]
    public void OnlyMeetingsHaveAStatus()
    {
        var graph = Extraction.Of(Sample);
        Assert.All(graph.Relations, r => Assert.Equal(r.Type == RelationType.Met, r.Status is not null));
    }

    [Fact]
    public void OneExtractorGivesTheSameAnswersFromManyThreads()
    {
        var expected = GraphJson.Serialize(Extraction.Of(Sample));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = GraphJson.Serialize(Extraction.Of(Sample)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void AnEmptyArticleGivesAnEmptyGraph()
    {
        var graph = Extraction.Of("");
        Assert.Empty(graph.Entities);
        Assert.Empty(graph.Quotes);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\u201c\u201c\u201d\u201d \" \" \u2018 \u2019s")]
    [InlineData("U.S")]
    [InlineData("A. B. C. D.")]
    [InlineData("Mr. Mr. President President the the North")]
    [InlineData("\n\n\n   \t")]
    [InlineData("'s 's ' ' - -- \u2014 \u2014")]
    [InlineData("\u201cUnclosed quote at the end, said Lena Dahl")]
    [InlineData("said, said Lena Dahl, \u201c\u201d said")]
    [InlineData("President\nTrumpGOP\nA-B-C-D summit between and with met")]
    public void OddTextNeverBreaksExtraction(string text)
    {
        var graph = Extraction.Of(text);
        Assert.All(graph.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(graph.Quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
    }
}
