namespace Graph.Extraction.Tests.Attribution;

/// <summary>Whom a quotation is about: named inside it, pointed to by its pronouns, or around it in its clause.</summary>
public sealed class QuoteTopicTests
{
    [Fact]
    public void AHeInsideTheQuoteIsTheLastOtherPersonNamedBefore()
    {
        var graph = Extraction.Of(
            "President Tomas Brel was invited to Oslo. Spokeswoman Ana Varga said: \u201cHe will accept the invitation at a time to be decided.\u201d");
        Assert.Contains(graph.Named("Tomas Brel").Id, graph.QuoteContaining("accept the invitation").About);
    }

    [Fact]
    public void AHeOpeningTheQuoteIsAboutTheLastOtherPersonEvenWhenAnotherIsNamedLater()
    {
        var graph = Extraction.Of(
            "Peter Holm invited Tomas Brel. The palace said Mr Brel had agreed to the visit. \u201cHe will meet Peter Holm at a time to be decided,\u201d said spokeswoman Ana Varga.");
        var quote = graph.QuoteContaining("at a time to be decided");
        Assert.Contains(graph.Named("Tomas Brel").Id, quote.About);
        Assert.Contains(graph.Named("Peter Holm").Id, quote.About);
    }

    [Fact]
    public void AHeInsideTheQuoteMayPointToAPersonDescribedBefore()
    {
        var graph = Extraction.Of(
            "Senator Ana Varga met President Tomas Brel in Oslo. Democrats scoffed at the president's account of the talks.\n\n" +
            "\u201cThis is truly delusional,\u201d wrote Peter Holm, a senator. \u201cDoes he really think one photo ended the crisis?\u201d");
        Assert.Contains(graph.Named("Tomas Brel").Id, graph.QuoteContaining("photo ended the crisis").About);
    }

    [Fact]
    public void APronounExplainedInBracketsPointsToNobodyElse()
    {
        var graph = Extraction.Of(
            "Tomas Brel spoke on Monday. Ana Varga later met Peter Holm. Ana Varga said: \u201cThe office set out his [Mr Brel's] view in a statement.\u201d");
        var quote = graph.QuoteContaining("set out his");
        Assert.Contains(graph.Named("Tomas Brel").Id, quote.About);
        Assert.DoesNotContain(graph.Named("Peter Holm").Id, quote.About);
    }

    [Fact]
    public void APartialQuoteIsAboutWhomTheRestOfItsClauseNames()
    {
        var graph = Extraction.Of("Spokeswoman Ana Varga said ministers had no time for a \u201cpointless soap opera\u201d about Mr Tomas Brel and the budget.");
        Assert.Contains(graph.Named("Tomas Brel").Id, graph.QuoteContaining("soap opera").About);
    }

    [Fact]
    public void APartialQuoteWhoseSpeakerFollowsIsAboutTheSubjectBeforeIt()
    {
        var graph = Extraction.Of(
            "Ana Varga spoke on Tuesday. President Tomas Brel thinks \u201cthe talks are going very well,\u201d spokeswoman Ana Varga said.");
        var quote = graph.QuoteContaining("talks are going very well");
        Assert.Equal(graph.Named("Ana Varga").Id, quote.Speaker);
        Assert.Contains(graph.Named("Tomas Brel").Id, quote.About);
    }

    [Fact]
    public void ASecondPartialQuoteIsAboutTheWordsSinceTheFirst()
    {
        var graph = Extraction.Of(
            "Tomas Brel met Ana Varga. She said Brel had told her \u201che is ready to talk\u201d and pledged that Norway would " +
            "\u201cstop all further tests,\u201d Ana Varga said.");
        var quote = graph.QuoteContaining("stop all further tests");
        Assert.Contains(graph.Named("Norway").Id, quote.About);
    }

    [Fact]
    public void TheOutletSpokenToIsNotWhatTheQuoteIsAbout()
    {
        var graph = Extraction.Of("Tomas Brel told the Harbor Times: \u201cIt is a pity that the others do not practise what they preach.\u201d");
        var quote = graph.QuoteContaining("practise what they preach");
        Assert.Equal(graph.Named("Tomas Brel").Id, quote.Speaker);
        Assert.DoesNotContain(graph.Named("Harbor Times").Id, quote.About);
    }
}
