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
}
