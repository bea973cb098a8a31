namespace Graph.Extraction.Tests.Attribution;

/// <summary>
/// Who the subject of a reporting clause is: questions put to someone, sentences after a quoted question, names after
/// prepositions and in lists, owners, described institutions, participles, relative clauses and "quoted X:".
/// </summary>
public sealed class SpeakerSubjectTests
{
    [Fact]
    public void AQuestionPutToSomeoneIsNotTheirsButTheAnswerIs()
    {
        var graph = Extraction.Of("Prime Minister Tomas Brel met Peter Holm on Monday. \"We will fight on,\" Mr Holm said.\n\n" +
            "Mr Brel was asked: \"Will you resign over the vote?\" He replied: \"No, I will not resign.\"");
        Assert.False(graph.HasQuoteContaining("Will you resign"));
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("I will not resign").Speaker);
    }

    [Fact]
    public void AQuestionPutWithACommaIsNotTheAskedOnesEither()
    {
        var graph = Extraction.Of("Ana Varga spoke in Riga on Monday.\n\nMs Varga was asked, \"Is the coalition over for good?\"");
        Assert.False(graph.HasQuoteContaining("coalition over"));
    }

    [Fact]
    public void AnOrganisationNamedAfterAPrepositionDoesNotSpeakForAnUnnamedSpeaker()
    {
        var graph = Extraction.Of("The United Nations met in Geneva on Monday.\n\n" +
            "A senior diplomat at the United Nations said the country would not give up its weapons \"unless the threats end for good.\"");
        Assert.False(graph.HasQuoteContaining("threats end"));
    }

    [Fact]
    public void TheSubjectOfTheClauseSpeaksNotTheOneTheLetterWasSentTo()
    {
        var graph = Extraction.Of("Prime Minister Tomas Brel is under pressure.\n\nIn a letter to Tomas Brel, Ana Varga wrote: \"The time has come for you to go.\"");
        Assert.Equal(graph.Named("Ana Varga").Id, graph.QuoteContaining("time has come").Speaker);
    }

    [Fact]
    public void AnOwnerNamedWithABareApostropheIsNotTheSpeaker()
    {
        var graph = Extraction.Of("Peter Jonas is suing the paper.\n\nJonas\u2019 lawyer, Ana Varga, said on Monday that the claim was \"a clear case of libel.\"");
        Assert.Equal(graph.Named("Ana Varga").Id, graph.QuoteContaining("clear case of libel").Speaker);
    }

    [Fact]
    public void APartyNamedAfterTheVerbAsPartOfTheReportedSpeechIsNotTheSpeaker()
    {
        var graph = Extraction.Of("The election campaign began on Monday.\n\n" +
            "In his new year message the party leader said Labour and the Conservatives were united in relying on \"populist scares\".");
        Assert.False(graph.HasQuoteContaining("populist scares"));
    }

    [Fact]
    public void AQuotationFollowedByANewSentenceIsNotGivenToThatSentencesSubject()
    {
        var graph = Extraction.Of("President Tomas Brel spoke to Ana Varga on Monday.\n\n" +
            "Brel tweeted: \"Just had a great call with Prime Minister Varga. Big progress!\" Varga has not responded.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("Big progress").Speaker);
    }

    [Fact]
    public void AnOrganisationAQuotedLetterComesFromSpeaksThroughIt()
    {
        var graph = Extraction.Of("Three men have had their passports withdrawn.\n\n" +
            "The letter, from the Home Office, says: \"The home secretary considered that there are strong grounds.\"");
        Assert.Equal(graph.Named("Home Office").Id, graph.QuoteContaining("strong grounds").Speaker);
    }

    [Fact]
    public void APersonNamedAfterWithWhoGovernsTheParticipleSpeaks()
    {
        var graph = Extraction.Of("Prime Minister Tomas Brel took questions on television.\n\n" +
            "The trouble began with Ana Varga marching up to him, saying \"Tomas, that is nonsense\" as she tried to complain.");
        Assert.Equal(graph.Named("Ana Varga").Id, graph.QuoteContaining("that is nonsense").Speaker);
    }

    [Fact]
    public void TheMinistryAfterTheQuoteIsTheMinistryTheArticleNamed()
    {
        var graph = Extraction.Of("Nordland's Foreign Ministry on Monday rejected the report.\n\n" +
            "\"We reject these claims entirely,\" the ministry said in a statement.\n\nThe foreign ministry said the report was \"a pack of lies from start to finish\".");
        var ministry = graph.Named("Foreign Ministry").Id;
        Assert.Equal(ministry, graph.QuoteContaining("reject these claims").Speaker);
        Assert.Equal(ministry, graph.QuoteContaining("pack of lies").Speaker);
    }

    [Fact]
    public void TheMinistryNamedNowhereInTheArticleSpeaksForNobody()
    {
        var graph = Extraction.Of("Ana Varga met Tomas Brel in Riga on Monday.\n\n\"We reject these claims entirely,\" the ministry said in a statement.");
        Assert.False(graph.HasQuoteContaining("reject these claims"));
    }

    [Fact]
    public void TheSpokesmanAtTheVerbSpeaksNotTheOneHeSpeaksFor()
    {
        var graph = Extraction.Of("Prime Minister Ana Varga called Tomas Brel on Monday.\n\n" +
            "\"The latest reports must be explained,\" Varga spokesman Peter Holm said of the call.");
        Assert.Equal(graph.Named("Peter Holm").Id, graph.QuoteContaining("must be explained").Speaker);
    }

    [Fact]
    public void AQuotationFollowedByButAddedKeepsTheSentencesSpeaker()
    {
        var graph = Extraction.Of("President Tomas Brel spoke on television.\n\n" +
            "On television, Brel said \"I do not condone violence,\" but added that the protester had \"provoked the crowd badly\".");
        var brel = graph.Named("Tomas Brel").Id;
        Assert.Equal(brel, graph.QuoteContaining("condone violence").Speaker);
        Assert.Equal(brel, graph.QuoteContaining("provoked the crowd").Speaker);
    }

    [Fact]
    public void TheOneQuotedBeforeAColonSpeaks()
    {
        var graph = Extraction.Of("Senator Tomas Brel spoke in Austin.\n\n" +
            "People applauded when he quoted his colleague, Senator Karin Lund of Texas: \"Peace is an asset, not a liability.\"");
        Assert.Equal(graph.Named("Karin Lund").Id, graph.QuoteContaining("Peace is an asset").Speaker);
    }

    [Fact]
    public void WordsCitedAsAnOrganisationsCommentAreTheOrganisations()
    {
        var graph = Extraction.Of("President Tomas Brel spoke about the Nordic Institute on Monday.\n\n" +
            "Brel repeatedly cited the Nordic Institute's comment that the deal was a \"step toward real peace\" in the region.");
        Assert.Equal(graph.Named("Nordic Institute").Id, graph.QuoteContaining("step toward real peace").Speaker);
    }

    [Fact]
    public void AParticipleAfterACommaBelongsToTheSubjectOfTheClauseBeforeIt()
    {
        var graph = Extraction.Of("Press secretary Ana Varga spoke on Monday.\n\n" +
            "But she stopped short of saying the meeting was back on after Tomas Brel cancelled it last week in a letter to Peter Holm, citing \"open hostility\" in recent statements.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("open hostility").Speaker);
    }

    [Fact]
    public void AParticipleAfterTheObjectOfTheClauseStillBelongsToItsSubject()
    {
        var graph = Extraction.Of("Tomas Brel attacked Peter Holm on Monday, saying he had \"betrayed the voters\" in the north.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("betrayed the voters").Speaker);
    }

    [Theory]
    [InlineData("The budget was criticised by Tomas Brel, who called it \"a disgrace to democracy\".")]
    [InlineData("The budget was welcomed by Tomas Brel, who has long said it was \"a disgrace to democracy\".")]
    public void ARelativeClauseSpeaksForTheOneItFollowsEvenAfterAPreposition(string sentence)
    {
        var graph = Extraction.Of("President Tomas Brel of Nordland met Ana Varga.\n\n" + sentence);
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("disgrace to democracy").Speaker);
    }

    [Fact]
    public void ASpokesmanForATitledPersonDoesNotMakeThatPersonTheSpeaker()
    {
        var graph = Extraction.Of("Prime Minister Tomas Brel flew to Riga.\n\n" +
            "A spokesman for Mr Brel said the prime minister expected the talks to produce \"a practical plan for the region\".");
        Assert.False(graph.HasQuoteContaining("practical plan"));
    }

    [Fact]
    public void AParticipleBelongsToTheOrganisationOpeningTheSentenceNotToThePeopleOfItsObject()
    {
        var graph = Extraction.Of("The White House spoke about President Tomas Brel and Ana Varga.\n\n" +
            "The White House on Friday set tougher conditions for a meeting between President Tomas Brel and the northern leader, Ana Varga, saying that the north must take \"concrete steps\" first.");
        Assert.Equal(graph.Named("White House").Id, graph.QuoteContaining("concrete steps").Speaker);
    }

    [Fact]
    public void EveryoneInAListAfterAPrepositionIsPartOfTheObject()
    {
        var graph = Extraction.Of("President Tomas Brel met Ana Varga.\n\n" +
            "The coverage, including 33 images of Mr Brel, Ms Varga and others at the summit, praised the \"will of the two leaders to end the hostility\".");
        Assert.False(graph.HasQuoteContaining("will of the two leaders"));
    }

    [Fact]
    public void ANameSetOffByCommasAfterAPlaceIsTheSubjectNotPartOfTheObject()
    {
        var graph = Extraction.Of("President Tomas Brel cancelled his visit.\n\n" +
            "Brel\u2019s ambassador to Nordland, Ana Varga, subsequently insisted: \"The two leaders have a very good relationship.\"");
        Assert.Equal(graph.Named("Ana Varga").Id, graph.QuoteContaining("very good relationship").Speaker);
    }

    [Fact]
    public void TheReportIsNoDescriptionOfAnOutletCalledAReport()
    {
        var graph = Extraction.Of("Her statement was sent to The Nordic Report on Monday.\n\n" +
            "The caller told the dispatcher that the victim suffered \"serious bleeding\" and the report quotes the caller as saying he was \"not alert\".");
        Assert.False(graph.HasQuoteContaining("serious bleeding"));
    }

    [Fact]
    public void TheWordsOfSomeoneBeforeAColonAreTheirs()
    {
        var graph = Extraction.Of("The union leader Tomas Brel died in 1979.\n\nThe words of Tomas Brel still seem apt to me: \"At the table of nature there are no reserved seats.\"");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("no reserved seats").Speaker);
    }

    [Fact]
    public void ANameOpeningARelativeClauseAfterAPrepositionSpeaks()
    {
        var graph = Extraction.Of("Tomas Brel ran for president.\n\n" +
            "The president wanted to avoid a campaign issue with Tomas Brel, who declared at one point that Nordland was now the country\u2019s \u201cbiggest foe,\u201d a comment that others mocked.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("biggest foe").Speaker);
    }

    [Fact]
    public void ADescribedSubjectSpeaksThroughThePronounAfterTheVerb()
    {
        var graph = Extraction.Of("Senator Tomas Brel of Texas campaigned in Indiana.\n\nThe Texas senator declared he is \"all in\" on the state.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("all in").Speaker);
    }

    [Fact]
    public void ATitleWithForBeforeTheNameKeepsItTheSubject()
    {
        var graph = Extraction.Of("The United Nations met on Monday.\n\n" +
            "On Monday, United Nations High Commissioner for Refugees Ana Varga warned of a \"human tragedy of terrible proportions\" in the region.");
        var speaker = graph.Entities.Single(e => e.Id == graph.QuoteContaining("human tragedy").Speaker);
        Assert.EndsWith("Ana Varga", speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void APersonInTheOpeningTitleRunSpeaksForAParticipleNotTheInstitutionOfTheTitle()
    {
        var graph = Extraction.Of("The Senate met on Tuesday.\n\n" +
            "Senate Democratic Leader Tomas Brel, for his part, dismissed the plan, saying \"it is going to be extremely difficult\" to pass it.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("extremely difficult").Speaker);
    }

    [Fact]
    public void TheDepartmentSubjectOfAnEarlierVerbDoesNotTakeALaterSpeakersWords()
    {
        var graph = Extraction.Of("The Justice Department changed its sentencing advice.\n\n" +
            "The department insisted the decision was made on Monday, before Tomas Brel blasted the advice on Twitter as \"very horrible and unfair\" to his friend.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("very horrible").Speaker);
    }

    [Fact]
    public void TheOneAStatementWasIssuedBySpeaks()
    {
        var graph = Extraction.Of("The White House pardoned a sheriff on Friday.\n\n" +
            "The statement issued by the White House said: \"His life and career began at the age of 18.\"");
        Assert.Equal(graph.Named("White House").Id, graph.QuoteContaining("life and career").Speaker);
    }
}
