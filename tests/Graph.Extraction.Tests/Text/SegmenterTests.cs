using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class SegmenterTests
{
    private static readonly WordLists Words = new();

    private static Document Segment(string text) => new Segmenter(Words.Tokenizer, Words.SpeechVerbs).Segment(text);

    private static string[] Sentences(string text)
    {
        var doc = Segment(text);
        return doc.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void SentencesEndAtFullStopsButNotAfterTitles() =>
        Assert.Equal(["Mr. Okafor left early.", "He came back."], Sentences("Mr. Okafor left early. He came back."));

    [Fact]
    public void AQuotationIsNeverCutIntoSentences() =>
        Assert.Equal(["\u201cWe left. We came back,\u201d she said.", "Then rain fell."], Sentences("\u201cWe left. We came back,\u201d she said. Then rain fell."));

    [Fact]
    public void StraightAndCurlyMarksBothOpenAndCloseQuotations()
    {
        var text = "He said \"first words\" and \u201csecond words\u201d today.";
        var doc = Segment(text);
        Assert.Equal(["first words", "second words"], doc.Quotes.Select(q => text[q.ContentStart..q.ContentEnd]));
    }

    [Fact]
    public void AQuotationLeftOpenEndsWithItsParagraph()
    {
        var text = "\u201cThe first part goes on.\n\u201cThe second part ends here,\u201d she said.";
        var doc = Segment(text);
        Assert.Equal(2, doc.Quotes.Count);
        Assert.False(doc.Quotes[0].IsClosed);
        Assert.Equal("The first part goes on.", text[doc.Quotes[0].ContentStart..doc.Quotes[0].ContentEnd]);
    }

    [Theory]
    [InlineData("\"Why now?\" The question hung in the room.", "\"Why now?\"")]
    [InlineData("\"We won!\" Ana Varga has not spoken since.", "\"We won!\"")]
    [InlineData("He was asked: \"Will you stay?\" He replied: \"Yes.\"", "He was asked: \"Will you stay?\"")]
    [InlineData("\"Why now?\" Tomas Brel asked.", "\"Why now?\" Tomas Brel asked.")]
    [InlineData("\"Why now?\" Tomas Brel asked reporters on Monday.", "\"Why now?\" Tomas Brel asked reporters on Monday.")]
    [InlineData("\"Enough!\" shouted Ana Varga.", "\"Enough!\" shouted Ana Varga.")]
    [InlineData("\"Is all well?\" Holm asked through an interpreter as they walked.", "\"Is all well?\" Holm asked through an interpreter as they walked.")]
    [InlineData("\"We won!\" Tomas Brel, the party leader, tweeted last month.", "\"We won!\" Tomas Brel, the party leader, tweeted last month.")]
    [InlineData("\"Why now?\" Tomas Brel replied that the time was right.", "\"Why now?\"")]
    public void AQuotationClosingOnAQuestionOrExclamationEndsItsSentenceUnlessAReportingClauseFollows(string text, string first) =>
        Assert.Equal(first, Sentences(text)[0]);

    [Fact]
    public void SingleCurlyMarksQuoteWhenAParagraphHasNoDoubleOnes()
    {
        var text = "The minister called it \u2018a fresh start\u2019 and didn\u2019t elaborate.";
        var doc = Segment(text);
        Assert.Equal("a fresh start", text[doc.Quotes.Single().ContentStart..doc.Quotes.Single().ContentEnd]);
    }

    [Theory]
    [InlineData("A rally in the capital. (Photo: Example Wire)", "Caption")]
    [InlineData("Protesters gather on Monday. EXAMPLE/Jane Roe", "Caption")]
    [InlineData("Jane Roe in Lagos contributed to this report.", "Credit")]
    [InlineData("Like Example World on Facebook and stay updated", "Boilerplate")]
    [InlineData("Five things we learned from the summit", "Heading")]
    [InlineData("The talks ended on Tuesday.", "Body")]
    public void LinesAreToldApartByWhatTheyAre(string line, string kind) =>
        Assert.Equal(Enum.Parse<BlockKind>(kind), BlockClassifier.Classify(line, isFirst: false));
}
