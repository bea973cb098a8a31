using Graph.Core.Model;

namespace Graph.Extraction.Tests.Recognition;

/// <summary>Organisations whose names carry no head word, told by the words around them.</summary>
public sealed class OrganizationByContextTests
{
    [Fact]
    public void NamesListedAfterThePluralOfAKindOfOrganisationAreOrganisations()
    {
        var graph = Extraction.Of("Shares of defense contractors such as Vantor, Kelder and Ostrava rose on Monday.");
        Assert.All(["Vantor", "Kelder", "Ostrava"], name => Assert.Equal(EntityType.Organization, graph.Named(name).Type));
    }

    [Fact]
    public void ANameAfterAPersonAndOfIsWhereThePersonWorks()
    {
        var graph = Extraction.Of("Tomas Brel of Civic Harbour said the plan would fail.");
        Assert.Equal(EntityType.Organization, graph.Named("Civic Harbour").Type);
        Assert.Equal(EntityType.Person, graph.Named("Tomas Brel").Type);
    }

    [Fact]
    public void NewBeforeACountrysNameIsANameOfItsOwn()
    {
        var graph = Extraction.Of("Ana Varga, a fellow at New Canada, said the talks had stalled.");
        Assert.Equal(EntityType.Organization, graph.Named("New Canada").Type);
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Country);
    }

    [Theory]
    [InlineData("Ana Varga, general secretary of the KLF, said pay must rise.", "KLF")]
    [InlineData("A spokesman for the KLF said pay must rise.", "KLF")]
    public void AnAcronymAfterThePostsOfItsPeopleIsAnOrganisation(string text, string name) =>
        Assert.Equal(EntityType.Organization, Extraction.Of(text).Named(name).Type);

    [Theory]
    [InlineData("Analysts at 17 Harbour said the site was active.", "17 Harbour")]
    [InlineData("Images published by the website 9 Ridge show new work.", "9 Ridge")]
    public void ANameOpeningWithANumberAfterAPostOrAKindIsAnOrganisation(string text, string name) =>
        Assert.Equal(EntityType.Organization, Extraction.Of(text).Named(name).Type);

    [Fact]
    public void ANumberBeforeACapitalisedWordIsNoNameWithoutContext()
    {
        var graph = Extraction.Of("The vote came on 5 May. Ana Varga won 17 Seats.");
        Assert.DoesNotContain(graph.Entities, e => e.Name.StartsWith("5 ", StringComparison.Ordinal) || e.Name.StartsWith("17 ", StringComparison.Ordinal));
    }

    [Fact]
    public void ParliamentNamedAloneIsAnInstitution()
    {
        var graph = Extraction.Of("Tomas Brel told MPs the bill would be rushed through Parliament before the break.");
        Assert.Equal(EntityType.Organization, graph.Named("Parliament").Type);
    }

    [Fact]
    public void ParliamentAfterTheFullNameOfAParliamentIsThatParliament()
    {
        var graph = Extraction.Of("The Harbour Parliament met on Monday. Ana Varga said Parliament had been misled.");
        Assert.Single(graph.Entities, e => e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("The Harbour Educational Supplement reported the figures.", "Harbour Educational Supplement")]
    [InlineData("A deal was struck with Varga Capital on Monday.", "Varga Capital")]
    public void SupplementsAndCapitalEndOrganisationNames(string text, string name)
    {
        var graph = Extraction.Of(text);
        Assert.Equal(EntityType.Organization, graph.Named(name).Type);
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person);
    }
}
