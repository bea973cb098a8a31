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

    [Fact]
    public void HeGoesToTheReporterClosingTheSentenceBefore()
    {
        var graph = Extraction.Of(
            "Tomas Brandt has failed the young, Hugo Varga has said.\n\n" +
            "The plan did nothing for renters, the party chief asked. The new rebate was \u201ca sticking plaster,\u201d he added.");
        Assert.Equal(graph.Named("Hugo Varga").Id, graph.QuoteContaining("sticking plaster").Speaker);
    }

    [Fact]
    public void HeAfterAnOpeningClauseListingOthersIsThatClausesSubject()
    {
        var graph = Extraction.Of(
            "Tomas Brandt spoke in the capital on Monday.\n\n" +
            "While Brandt courts Hugo Varga, Ivo Stern and Peter Holm, he has snubbed old friends. " +
            "He has called reporters \u201cthe worst people alive\u201d in speeches.");
        Assert.Equal(graph.Named("Tomas Brandt").Id, graph.QuoteContaining("worst people alive").Speaker);
    }

    [Fact]
    public void ABarePostNamesNoOneGivenAnotherPost()
    {
        var graph = Extraction.Of(
            "Tomas Brandt will set out his budget plans, and President Hugo Varga will visit next week.\n\n" +
            "Mr Brandt wants other nations to match his target. The chancellor is travelling abroad next week. " +
            "He told reporters: \u201cWe need more resources for this.\u201d");
        Assert.Equal(graph.Named("Tomas Brandt").Id, graph.QuoteContaining("more resources").Speaker);
    }

    [Fact]
    public void APostNoOneIsGivenOpeningASentenceIsTheUntitledPersonOpeningTheOneBefore()
    {
        var graph = Extraction.Of(
            "Tomas Brandt has set out his budget, and opposition leader Peter Holm attacked it.\n\n" +
            "The chancellor said: \u201cThis budget is fair to every family.\u201d");
        Assert.Equal(graph.Named("Tomas Brandt").Id, graph.QuoteContaining("fair to every family").Speaker);
    }

    [Fact]
    public void ThePresidentIsThePersonLastGivenThatBareTitle()
    {
        var graph = Extraction.Of(
            "President Hugo Varga opened the fair. President Hugo Varga then toured the port. Varga left at noon.\n\n" +
            "Canadian President Tomas Brandt said the talks had been useful.\n\n" +
            "President Brandt said he trusts the process.\n\n" +
            "\u201cWe will find out soon,\u201d the President said.");
        Assert.Equal(graph.Named("Tomas Brandt").Id, graph.QuoteContaining("find out soon").Speaker);
    }

    [Fact]
    public void AStateAndPartyDescriptionIsThePersonGivenThoseWords()
    {
        var graph = Extraction.Of(
            "Sen. Peter Holm, R-Texas, spoke on Monday after Sen. Ana Varga, D-Ohio, had left the floor.\n\n" +
            "\u201cWe will not back down on this,\u201d the Ohio Democrat said.");
        Assert.Equal(graph.Named("Ana Varga").Id, graph.QuoteContaining("not back down").Speaker);
    }

    [Fact]
    public void AStateAndPartyDescriptionNobodyWasGivenTakesUpThePersonJustNamed()
    {
        var graph = Extraction.Of(
            "Separately, Sen. Lena Dahl said the policy of isolation had failed.\n\n" +
            "\u201cTalks are the only way forward,\u201d the Oregon Democrat said.");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("only way forward").Speaker);
    }

    [Fact]
    public void APartyDescriptionIsNotThePersonJustNamedWithTheOtherParty()
    {
        var graph = Extraction.Of(
            "Separately, Sen. Peter Holm, a Republican, said the policy of isolation had failed.\n\n" +
            "\u201cTalks are the only way forward,\u201d the Oregon Democrat said.");
        Assert.DoesNotContain(graph.Quotes, q => q.Text.Contains("only way forward", StringComparison.Ordinal) && q.Speaker == graph.Named("Peter Holm").Id);
    }

    [Fact]
    public void ADescriptionAfterSomeoneNamedInItsSentenceDoesNotTakeUpTheSentenceBefore()
    {
        var graph = Extraction.Of(
            "President Tomas Brandt got support on Sunday from his old rival.\n\n" +
            "In a long interview with host Peter Holm on Sunday, the Oregon Democrat said \u201cI am closer to his view of trade than people think.\u201d");
        Assert.DoesNotContain(graph.Quotes, q => q.Text.Contains("closer to his view", StringComparison.Ordinal) && q.Speaker == graph.Named("Tomas Brandt").Id);
    }
}
