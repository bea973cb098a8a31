namespace Graph.Extraction.Tests.Attribution;

/// <summary>Speakers named after long quotations, in the next sentence, by a pronoun, or by a news source.</summary>
public sealed class SpeakerRuleTests
{
    [Fact]
    public void AnEmbeddedPostIsAQuoteOfItsAuthor()
    {
        var graph = Extraction.Of(
            "Lena Dahl runs the port in Tallinn.\n\nThe harbor will reopen soon. We will be READY for the ships! \u2014 Lena Dahl (@lenadahl) March 3, 2018\n");
        var quote = graph.QuoteContaining("harbor will reopen soon");
        Assert.Equal(graph.Named("Lena Dahl").Id, quote.Speaker);
        Assert.Equal("The harbor will reopen soon. We will be READY for the ships!", quote.Text);
    }

    [Fact]
    public void AnEmbeddedPostTheBodyAlreadyQuotedIsReportedOnce()
    {
        var graph = Extraction.Of(
            "Lena Dahl runs the port. \u201cThe harbor will reopen soon,\u201d she tweeted. \u201cWe will be ready for the ships!\u201d\n\n" +
            "The harbor will reopen soon. We will be ready for the ships! \u2014 Lena Dahl (@lenadahl) March 3, 2018\n");
        Assert.Equal(2, graph.Quotes.Length);
    }

    [Fact]
    public void StraightMarksInsideACurlyQuoteStayInsideIt()
    {
        var graph = Extraction.Of("Tomas Brel, the minister, said \u201cI would never call him \"slow and old.\" Oh well, I try so hard!\u201d");
        var quote = Assert.Single(graph.Quotes);
        Assert.Contains("I try so hard", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeSaidAfterAQuoteAboutSomeoneTheSentenceNamesIsThePreviousSpeaker()
    {
        var graph = Extraction.Of(
            "Prime Minister Tomas Brel is busy. His drive remains strong, Peter Holm, the party's campaign chief told Radio Nord on Saturday. " +
            "Mr Brel has \"the same energy and the same hunger for the job\" as when he started, he said.");
        Assert.Equal(graph.Named("Peter Holm").Id, graph.QuoteContaining("same hunger").Speaker);
    }

    [Fact]
    public void APronounSpeakerIsNotThePersonTheQuoteNamesInTheThirdPerson()
    {
        var graph = Extraction.Of(
            "Prime Minister Tomas Brel is busy. Campaign chief Peter Holm said the date was open. Mr Brel has \"the drive\", he said.\n\n" +
            "And he confirmed Mr Brel's view. He said: \"I run the campaign and I don't know, and Tomas has not made up his mind.\"");
        Assert.Equal(graph.Named("Peter Holm").Id, graph.QuoteContaining("made up his mind").Speaker);
    }

    [Fact]
    public void HeSaidOpeningTheSentenceAfterAQuotationGoesOnWithItsSpeaker()
    {
        var graph = Extraction.Of(
            "Farmer Tomas Brel was jailed in 1999. Home Secretary Peter Holm defended the law. " +
            "The lawyer who had represented Mr Brel had said the rules were \"weighted in favour\" of the householder, said Mr Holm. " +
            "He said: \"The problem is there has not been enough understanding of the law.\"");
        Assert.Equal(graph.Named("Peter Holm").Id, graph.QuoteContaining("enough understanding").Speaker);
    }

    [Fact]
    public void HeSaidAfterAQuotationKeepsTheResolvedPersonWhenSomeoneElseWasNamedLast()
    {
        var graph = Extraction.Of(
            "Work Secretary Peter Holm announced the departure of Lars Dahl on 17 November. Officials now say Mr Dahl did not resign.\n\n" +
            "Labour MP Sir Tomas Brel, who chairs the committee, said that when Mr Holm had announced Mr Dahl was going he got the " +
            "\"clear impression\" the chief was retiring. He added his committee was \"duty bound\" to allow the secretary to act.");
        Assert.Equal(graph.Named("Sir Tomas Brel").Id, graph.QuoteContaining("duty bound").Speaker);
    }

    [Fact]
    public void ADescribedSpeakerIsNotThePersonHisQuoteNamesInTheThirdPerson()
    {
        var graph = Extraction.Of(
            "Tomas Brel has pledged to \"never, ever, ever\" attack opposition leader Peter Holm over his faith.\n\n" +
            "The prime minister told the Harbor Times: \"If you look at what I do, I attack Peter Holm politically.\"");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("attack Peter Holm politically").Speaker);
    }

    [Fact]
    public void AQuotedParagraphLeftOpenTakesTheSpeakerNamedInTheNextOne()
    {
        var graph = Extraction.Of(
            "Tories attack budget\n\nShadow chancellor Peter Holm was scathing on Monday. \"The government has failed the pensioners and it has failed the young.\n\n" +
            "\"We will change that in our first year,\" Mr Holm told the BBC.\n");
        Assert.Equal(graph.Named("Peter Holm").Id, graph.QuoteContaining("failed the pensioners").Speaker);
    }

    [Fact]
    public void ANameAfterAPrepositionBehindTheQuoteIsNotItsSpeaker()
    {
        var graph = Extraction.Of(
            "Senator Ana Varga was asked about President Tomas Brel. The senator opened with a zinger, \"The president got outplayed,\" by Brel, " +
            "adding that the president \"has run foreign policy on his ego since day one.\"");
        Assert.DoesNotContain(graph.Quotes, q => q.Speaker == graph.Named("Tomas Brel").Id);
    }

    [Fact]
    public void ASpeakerWhoseTitleEndsInAPrepositionalPhraseStillSpeaks()
    {
        var graph = Extraction.Of(
            "\u201cTraining good teachers is among the hardest tasks,\u201d California Superintendent of Public Instruction Tomas Brel said in a statement.");
        var speaker = graph.Entities.Single(e => e.Id == graph.QuoteContaining("Training good teachers").Speaker);
        Assert.EndsWith("Tomas Brel", speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteAfterHeArguedGoesToTheSpokesmanNotTheManDescribed()
    {
        var graph = Extraction.Of(
            "Campaign spokesman Peter Holm said the poster had been misread. The image simply showed Mr Tomas Brel as a magician, he argued. " +
            "\"People have raised concerns and clearly we have to listen to them.\"");
        Assert.Equal(graph.Named("Peter Holm").Id, graph.QuoteContaining("raised concerns").Speaker);
    }

    [Fact]
    public void APersonWhoSaidThatHeWonderedKeepsTheQuote()
    {
        var graph = Extraction.Of("Tomas Brel met Ana Varga. Brel even said that he wondered on the way \u201cwhy it had taken so long\u201d.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("taken so long").Speaker);
    }

    [Fact]
    public void ThePersonOpeningTheClauseSpeaksNotTheInstitutionInTheApposition()
    {
        var graph = Extraction.Of("Peter Holm MP, Labour's Chief Secretary to the Treasury, said: \"The sums don't add up.\"");
        Assert.Equal(graph.Named("Peter Holm").Id, graph.QuoteContaining("sums don't add up").Speaker);
    }

    [Fact]
    public void ASpeakerNamedBeforeTheQuoteIsNotReplacedByTheAgencyReportingIt()
    {
        var graph = Extraction.Of(
            "Deputy minister Ana Varga also said that whether the talks go on \"is entirely up to the other side and its behavior,\" according to the Nordic News Agency.");
        Assert.Equal(graph.Named("Ana Varga").Id, graph.QuoteContaining("entirely up to").Speaker);
    }

    [Fact]
    public void AnAgencyReportingAQuoteOfAnUnnamedSourceStillLeavesTheSpeakerUnnamed()
    {
        var graph = Extraction.Of(
            "As Tomas Brel waited, Foreign Ministry spokeswoman Lena Dahl said, \"It feels like waiting at the altar,\" according to the pool report.");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("waiting at the altar").Speaker);
    }

    [Fact]
    public void APersonNamedBeforeAccordingToIsTheSpeaker()
    {
        var graph = Extraction.Of(
            "Ana Varga spoke on Monday.\n\n\"We are dealing with a man who breaks his word,\" government spokesman Tomas Brel, according to the semi-official Baltic news agency.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("breaks his word").Speaker);
    }

    [Fact]
    public void ASpeakerWithAPastVerbBeforeACommaIntroducesTheQuote()
    {
        var graph = Extraction.Of("The Daily Ledger similarly gushed, \u201cWithout ever speaking in public, she won the day.\u201d");
        Assert.Equal(graph.Named("Daily Ledger").Id, graph.QuoteContaining("won the day").Speaker);
    }

    [Fact]
    public void ASpeakerWithAPastVerbClosingTheSentenceIsTheSpeaker()
    {
        var graph = Extraction.Of("Tomas Brel spoke.\n\n\u201cClad in red, the dancers are stealing the show,\u201d Radio Nord drooled.");
        Assert.Equal(graph.Named("Radio Nord").Id, graph.QuoteContaining("stealing the show").Speaker);
    }

    [Fact]
    public void AQuoteInAnOpeningClauseBelongsToTheMainClausesSpeaker()
    {
        var graph = Extraction.Of("While accepting that people \"have to be ready\" for an attack, Mr Tomas Brel said he had \"doubts\" about the new plans.");
        Assert.Equal(graph.Named("Tomas Brel").Id, graph.QuoteContaining("have to be ready").Speaker);
    }

    [Fact]
    public void ItSaidIsTheOrganisationThatSpokeJustBefore()
    {
        var graph = Extraction.Of(
            "The Nordic Institute says satellite imagery shows work went on this year.\n\n" +
            "\u201cThere is no basis to conclude that the site is no longer viable for testing,\u201d it wrote on Monday.");
        Assert.Equal(graph.Named("Nordic Institute").Id, graph.QuoteContaining("no basis to conclude").Speaker);
    }
}
