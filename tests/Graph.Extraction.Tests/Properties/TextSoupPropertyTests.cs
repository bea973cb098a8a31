using CsCheck;
using Graph.Core.Model;

namespace Graph.Extraction.Tests.Properties;

/// <summary>
/// Random text built from the words the rules look for, punctuation and quotation marks: whatever the mix, extraction
/// ends normally and every offset it gives points inside the text.
/// </summary>
public sealed class TextSoupPropertyTests
{
    private static readonly string[] Words =
    [
        "said", "Said", "says", "told", "wrote", "added", "quoted", "as", "saying", "who", "according", "to", "that",
        "and", "the", "a", "he", "she", "they", "it", "his", "'s", "met", "with", "meet", "summit", "between", "talks",
        "President", "Prime", "Minister", "Mr.", "Ms.", "Dr.", "Sen.", "leader", "spokesman", "of", "at", "on",
        "Lena", "Dahl", "Chen", "Weiming", "Kim", "Jong", "Un", "Xi", "Jinping", "Park", "Okafor", "Brandt",
        "U.S.", "North", "Korea", "China", "Chinese", "Canada", "United", "Nations", "Reuters", "Times", "Ministry",
        "question", "statement", "remarks", "Monday", "2019", "A.", "B.",
    ];

    private static readonly string[] Marks =
    [
        "\"", "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", ",", ".", ":", ";", "?", "!", "-", "--",
        "\u2014", "\u2013", "(", ")", "[", "]", "\u2026", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(Words)),
        (6, Gen.OneOf(Marks)),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, Gen.String[0, 6]));

    private static readonly Gen<string> Soup = Piece.Array[0, 120].Select(string.Concat);

    [Fact]
    public void NoTextBreaksExtractionAndEveryOffsetIsInsideTheText() =>
        Soup.Sample(text =>
        {
            var graph = Extraction.Of(text);
            foreach (var mention in graph.Entities.SelectMany(e => e.Mentions))
            {
                AssertInside(text, mention.Start, mention.End);
            }
            foreach (var relation in graph.Relations)
            {
                AssertInside(text, relation.Evidence.Start, relation.Evidence.End);
            }
            foreach (var quote in graph.Quotes)
            {
                AssertInside(text, quote.Start, quote.End);
            }
        }, iter: 3000);

    [Theory]
    [InlineData("said \u201cWe agreed,\u201d and left.")]
    [InlineData("Said: \"No.\"")]
    public void AReportingVerbOpeningTheArticleBeforeAQuotationIsRead(string text)
    {
        var graph = Extraction.Of(text);
        Assert.All(graph.Quotes, q => AssertInside(text, q.Start, q.End));
    }

    private static void AssertInside(string text, int start, int end)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
    }
}
