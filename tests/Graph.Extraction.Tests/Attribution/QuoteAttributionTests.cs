namespace Graph.Extraction.Tests.Attribution;

public sealed class QuoteAttributionTests
{
    [Fact]
    public void TheClauseAfterTheQuoteNamesTheSpeaker()
    {
        var graph = Extraction.Of("\u201cThe harbor will reopen soon,\u201d said Lena Dahl, the port director.");
        var quote = graph.QuoteContaining("harbor will reopen");
        Assert.Equal(graph.Named("Lena Dahl").Id, quote.Speaker);
        Assert.Equal("said Lena Dahl", quote.Cue);
    }

    [Fact]
    public void QuoteTextIsExactlyTheWordsInsideTheMarks()
    {
        var text = "Tomas Brandt said the plan was \u201cdead on arrival\u201d and left.";
        var graph = Extraction.Of(text);
        var quote = graph.QuoteContaining("dead on arrival");
        Assert.Equal("dead on arrival", quote.Text);
        Assert.Equal(quote.Text, text[quote.Start..quote.End]);
    }

    [Fact]
    public void AQuoteSplitByItsAttributionIsTwoQuotesOfOneSpeaker()
    {
        var graph = Extraction.Of("\u201cWe tried,\u201d Tomas Brandt wrote. \u201cThen we tried again.\u201d");
        Assert.Equal(2, graph.Quotes.Length);
        Assert.All(graph.Quotes, q => Assert.Equal(graph.Named("Tomas Brandt").Id, q.Speaker));
    }

    [Fact]
    public void AQuotedParagraphAfterAnAttributedOneKeepsItsSpeaker()
    {
        var graph = Extraction.Of(
            "\u201cThe first point is cost,\u201d Lena Dahl said.\n\n\u201cThe second point is time, and time is short.\u201d");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("second point").Speaker);
    }

    [Fact]
    public void APartialQuoteInReportedSpeechGoesToTheReportingSubject()
    {
        var graph = Extraction.Of("Tomas Brandt, a researcher at the Baltic Policy Institute, said Ottawa is \u201cplaying for time\u201d in the talks.");
        Assert.Equal(graph.Named("Tomas Brandt").Id, graph.QuoteContaining("playing for time").Speaker);
    }

    [Fact]
    public void ALaterPartialQuoteOfTheSameSentenceKeepsTheSpeaker()
    {
        var graph = Extraction.Of("Lena Dahl said the city welcomed \u201cany honest offer\u201d but warned that \u201cpatience is running out.\u201d");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("patience is running out").Speaker);
    }

    [Fact]
    public void AClauseClosingTheSentenceCoversItsEarlierQuotes()
    {
        var graph = Extraction.Of(
            "The mayor had told residents \u201cthe water is safe\u201d and promised that the city would \u201cpay for every test,\u201d Lena Dahl said.");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("water is safe").Speaker);
    }

    [Fact]
    public void QuotedAsSayingGivesTheQuoteToThePersonQuoted()
    {
        var graph = Extraction.Of("Chinese Premier Chen Weiming visited. The Harbor Times quoted Chen as saying: \u201cThe visit was a success for everyone.\u201d");
        Assert.Equal(graph.Named("Chen Weiming").Id, graph.QuoteContaining("visit was a success").Speaker);
    }

    [Fact]
    public void AnOrganisationCanBeTheSpeaker()
    {
        var graph = Extraction.Of("\u201cThe vote was fair and open,\u201d the Electoral Commission said in a statement.");
        Assert.Equal(graph.Named("Electoral Commission").Id, graph.QuoteContaining("vote was fair").Speaker);
    }

    [Fact]
    public void QuotesOfUnnamedSpeakersAreLeftOut()
    {
        var graph = Extraction.Of("Lena Dahl arrived.\n\n\u201cNothing has changed at all,\u201d a senior official said.");
        Assert.Empty(graph.Quotes);
    }

    [Fact]
    public void OneWordScareQuotesAreLeftOut() =>
        Assert.Empty(Extraction.Of("Lena Dahl called the offer \u201cgenerous\u201d on Friday.").Quotes);

    [Fact]
    public void AQuotationRepeatedInTheArticleIsReportedOnce()
    {
        var graph = Extraction.Of(
            "\u201cWe are ready to talk now,\u201d Lena Dahl said on Monday.\n\n\u201cWe are ready to talk now,\u201d Lena Dahl said again on Tuesday.");
        Assert.Single(graph.Quotes);
    }

    [Fact]
    public void TweetsAndWrittenStatementsAreQuotes()
    {
        var graph = Extraction.Of("Senator Ruth Ngata tweeted that the bill was \u201ca real step forward\u201d for farmers.");
        Assert.Equal(graph.Named("Ruth Ngata").Id, graph.QuoteContaining("real step forward").Speaker);
    }

    [Fact]
    public void AccordingToNamesTheSource()
    {
        var graph = Extraction.Of("The mayor was furious and \u201cthrew the report away,\u201d according to the Harbor Times.");
        Assert.Equal(graph.Named("Harbor Times").Id, graph.QuoteContaining("threw the report away").Speaker);
    }

    [Fact]
    public void ANameDescribingAnUnnamedSpeakerIsNotTheSpeaker()
    {
        var graph = Extraction.Of("Senator Lena Dahl spoke.\n\n\u201cShe will lose this fight badly,\u201d a Dahl aide said.");
        Assert.Empty(graph.Quotes);
    }

    [Fact]
    public void AColonAfterTheSubjectsClauseIntroducesTheirWords()
    {
        var graph = Extraction.Of("Senator Lena Dahl shot back at critics: \u201cNobody here is backing down.\u201d");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("Nobody here").Speaker);
    }

    [Fact]
    public void ASpeakerSetOffByCommasAtTheSentenceEndIsFound()
    {
        var graph = Extraction.Of("Prices are a \u201cmatter of real concern\u201d this year, Ivo Stern, an economist at the Baltic Policy Institute, said on Tuesday.");
        Assert.Equal(graph.Named("Ivo Stern").Id, graph.QuoteContaining("matter of real concern").Speaker);
    }

    [Fact]
    public void ThePersonAccusedIsNotTheSpeaker()
    {
        var graph = Extraction.Of("Senator Ivo Stern was accused of \u201cplaying games with the budget\u201d by rivals.");
        Assert.Empty(graph.Quotes);
    }

    [Fact]
    public void TheOwnerOfTheWordsIsNotTheSpeakerQuotedAfterThem()
    {
        var graph = Extraction.Of("Many criticised Stern's remarks, including Senator Lena Dahl, who said they were \u201cbeneath the office entirely.\u201d");
        Assert.Equal(graph.Named("Lena Dahl").Id, graph.QuoteContaining("beneath the office").Speaker);
    }

    [Fact]
    public void ThePersonCalledSomethingIsNotTheSpeaker()
    {
        var graph = Extraction.Of("Lena Dahl arrived.\n\nA rival newspaper called Ivo Stern a \u201cdangerous little man\u201d on Monday.");
        Assert.Empty(graph.Quotes);
    }

    [Fact]
    public void AnUnnamedPersonWhoSpokeIsNotTheReporter()
    {
        var graph = Extraction.Of("The Harbor Times spoke with a fisherman who said \u201cthe sea has never been this empty.\u201d");
        Assert.Empty(graph.Quotes);
    }

    [Fact]
    public void AQuotationAfterReportedSpeechBelongsToThatSpeechsSubject()
    {
        var graph = Extraction.Of(
            "Ivo Stern joined the firm in May. \"Games are for everyone,\" said Ada Quist. " +
            "Stern said the challenge was to keep older players. \"There is an indication that a 30 year old still wants to play.\"");
        Assert.Equal(graph.Named("Ivo Stern").Id, graph.QuoteContaining("30 year old").Speaker);
    }

    [Fact]
    public void APostNamedWithTheIsItsOneHolder()
    {
        var graph = Extraction.Of(
            "Foreign Secretary Hugh Dunmore said the rebate was fair. Ada Quist, an analyst, disagreed. " +
            "The foreign secretary meanwhile said the rebate remained. \"We have one of the lowest net receipts of any country.\"");
        Assert.Equal(graph.Named("Hugh Dunmore").Id, graph.QuoteContaining("lowest net receipts").Speaker);
    }
}
