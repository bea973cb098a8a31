using Graph.Core.Model;

namespace Graph.Extraction.Tests.Recognition;

public sealed class PlaceAndNoiseTests
{
    [Theory]
    [InlineData("The delegation flew from Camp Harmon to Florida on Monday.")]
    [InlineData("Crowds gathered in the Roosevelt Room before Hurricane Lena arrived.")]
    public void PlacesEventsAndStormsAreNotPeople(string text) =>
        Assert.DoesNotContain(Extraction.Of(text).Entities, e => e.Type == EntityType.Person);

    [Fact]
    public void WordsRunTogetherByAScraperAreNotNames()
    {
        var graph = Extraction.Of("Ivo Stern Ivo Peter SternGOP senator spoke.\n\nSenator Ivo Stern left.");
        Assert.Single(graph.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Leader Tomas Brel Tomasz (Tomas) Anton BrelGOP senators spoke.\n\nSenator Tomas Brel left.")]
    [InlineData("Sen. Tomas Brel Tomasz Anton BrelSenate passes the bill.\n\nSenator Tomas Brel left.")]
    [InlineData("Leader Tomas McBrel Tomasz (Tomas) Anton McBrelGOP senators spoke.\n\nSenator Tomas McBrel left.")]
    public void AScrapedNameCardGivesOnePersonWithTheKnownName(string text)
    {
        var person = Assert.Single(Extraction.Of(text).Entities, e => e.Type == EntityType.Person);
        Assert.StartsWith("Tomas ", person.Name, StringComparison.Ordinal);
        Assert.Equal(2, person.Name.Split(' ').Length);
    }

    [Fact]
    public void ACommonWordOpeningASentenceIsNotPartOfTheName()
    {
        var graph = Extraction.Of("Hopefully Lena Dahl will win, hopefully soon. Lena Dahl agreed.");
        Assert.Equal("Lena Dahl", graph.Entities.Single(e => e.Type == EntityType.Person).Name);
    }

    [Fact]
    public void AnAcronymBeforeALowerCaseEndingIsStillAnInstitution()
    {
        var graph = Extraction.Of("NATO-backed forces moved in.");
        Assert.Equal(EntityType.Organization, graph.Named("North Atlantic Treaty Organization").Type);
    }

    [Fact]
    public void InitialsWithPeriodsMatchTheAcronym()
    {
        var graph = Extraction.Of("The C.I.A. declined to comment.");
        Assert.Equal(EntityType.Organization, graph.Named("Central Intelligence Agency").Type);
    }

    [Fact]
    public void TheNorthIsTheDividedCountryTheArticleNames()
    {
        var graph = Extraction.Of("North Korea tested a missile. Talks with the North stalled.");
        Assert.Equal(2, graph.Named("North Korea").Mentions.Length);
    }
}
