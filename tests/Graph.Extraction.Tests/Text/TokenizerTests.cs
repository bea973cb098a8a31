using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static readonly WordLists Words = new();

    private static string[] Tokens(string text) => Words.Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Fact]
    public void AbbreviationsWithPeriodsStayWhole() =>
        Assert.Equal(["The", "U.S.", "and", "the", "U.N.", "met", "."], Tokens("The U.S. and the U.N. met."));

    [Fact]
    public void HyphenatedGivenNamesStayWhole() =>
        Assert.Contains("Seung-hoon", Tokens("Park Seung-hoon spoke."));

    [Fact]
    public void PossessiveEndingIsItsOwnToken()
    {
        Assert.Equal(["Canada", "’s", "premier"], Tokens("Canada’s premier"));
        Assert.Equal(["Lopez", "'s", "plan"], Tokens("Lopez's plan"));
    }

    [Fact]
    public void ContractionEndingIsItsOwnToken() =>
        Assert.Equal(["she", "'ll", "go"], Tokens("she'll go"));

    [Fact]
    public void AcronymBeforeALowerCaseEndingStandsAlone() =>
        Assert.Equal(["EU", "-", "backed", "Oslo", "-", "based"], Tokens("EU-backed Oslo-based"));

    [Fact]
    public void MiddleInitialsKeepTheirPeriod() =>
        Assert.Equal(["Maria", "T.", "Okafor"], Tokens("Maria T. Okafor"));
}
