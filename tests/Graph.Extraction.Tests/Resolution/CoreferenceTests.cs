namespace Graph.Extraction.Tests.Resolution;

public sealed class CoreferenceTests
{
    [Fact]
    public void HeSaidGoesToThePersonTheParagraphBeforeWasAbout()
    {
        var graph = Extraction.Of(
            "Tomas Brandt, a researcher at the Baltic Policy Institute, said the deal was weak.\n\n" +
            "\u201cNobody trusts the numbers,\u201d he said.");
        Assert.Equal(graph.Named("Tomas Brandt").Id, graph.QuoteContaining("Nobody trusts").Speaker);
    }

    [Fact]
    public void SheWroteSkipsAManKnownByHisTitle()
    {
        var graph = Extraction.Of(
            "Mr. Hugo Varga left the room. Spokeswoman Lena Dahl stayed behind.\n\n" +
            "\u201cWe will not comment,\u201d she wrote.");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("will not comment").Speaker);
    }

    [Fact]
    public void APronounInAnOpeningSubordinateClauseIsPassedOver()
    {
        var graph = Extraction.Of(
            "Although Hugo Varga had left by then, Canadian envoy Lena Dahl spoke for an hour.\n\n" +
            "\u201cTrust takes time,\u201d she said.");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("Trust takes time").Speaker);
    }

    [Fact]
    public void TheLeaderOfACountryIsThePersonWithThatTitle()
    {
        var graph = Extraction.Of(
            "Canadian Prime Minister Lena Dahl arrived. Tomas Brandt greeted guests.\n\n" +
            "\u201cWe are ready,\u201d the Canadian prime minister said.");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("We are ready").Speaker);
    }

    [Fact]
    public void ThePaperIsTheNewsOrganisationNamedBefore()
    {
        var graph = Extraction.Of(
            "The Harbor Times covered the vote on Monday.\n\n" +
            "The paper also reported that the mayor \u201cnever wanted this vote\u201d at all.");
        Assert.Equal(graph.Named("Harbor Times").Id, graph.QuoteContaining("never wanted").Speaker);
    }

    [Fact]
    public void SheLooksFirstForAWomanTheArticleHasShown()
    {
        var graph = Extraction.Of(
            "Spokeswoman Lena Dahl spoke first.\n\nLater, envoy Ivo Stern arrived in the capital for talks.\n\n\u201cWe are still preparing,\u201d she said.");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("still preparing").Speaker);
    }
}
