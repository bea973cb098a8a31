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
        var graph = Extraction.Of("Tomas Brel of Civic Harbour said the civic plan would fail.");
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
    [InlineData("But 9 Ridge, a website run by a university, says work goes on.", "9 Ridge")]
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

    [Theory]
    [InlineData("Kelder, a Harbour-based think tank, said the plan would fail.", "Kelder")]
    [InlineData("Shares in Vantor, a firm based in Oslo, fell.", "Vantor")]
    public void ANameWithAKindOfOrganisationInAppositionIsAnOrganisation(string text, string name) =>
        Assert.Equal(EntityType.Organization, Extraction.Of(text).Named(name).Type);

    [Fact]
    public void APersonDescribedByAJobOfAKindOfOrganisationStaysAPerson()
    {
        var graph = Extraction.Of("Tomas Brel, a bank manager, said he would stay. Ana Varga, a firm believer in reform, agreed. "
            + "Peter Holm, a strategist at Harbour Bank in Oslo, and Lena Kovac, a spokesman for the group, said no.");
        Assert.Equal(EntityType.Person, graph.Named("Tomas Brel").Type);
        Assert.Equal(EntityType.Person, graph.Named("Ana Varga").Type);
        Assert.Equal(EntityType.Person, graph.Named("Peter Holm").Type);
        Assert.Equal(EntityType.Person, graph.Named("Lena Kovac").Type);
    }

    [Fact]
    public void APersonsNameAfterAnotherPersonAndOfStaysAPerson()
    {
        var graph = Extraction.Of("It tasted like the Deep Thoughts of Lena Kovac.");
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Lena Kovac" && e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("Groups like Ana's List and Kelder backed her.", "Ana")]
    [InlineData("It was founded by Harbour for Growth, a business group.", "Growth")]
    [InlineData("Tomas Brel, a contractor, and NSA contractor Peter Holm spoke.", "Peter Holm")]
    public void APieceOfALongerNameOrAPersonIsNoOrganisation(string text, string name) =>
        Assert.DoesNotContain(Extraction.Of(text).Entities, e => e.Name == name && e.Type == EntityType.Organization);

    [Fact]
    public void AGroupOfANumberOfPeopleIsNoOrganisation() =>
        Assert.DoesNotContain(Extraction.Of("A group of 14 Harbour parents sued.").Entities, e => e.Type == EntityType.Organization);

    [Fact]
    public void ANameBetweenTheAndAKindOfOrganisationIsAnOrganisation()
    {
        var graph = Extraction.Of("The Fair Harbour Aid group said it was worried. Fair Harbour Aid director Peter Holm said the case was weak. "
            + "The deal by the H9 group of nations was praised.");
        Assert.Equal(EntityType.Organization, graph.Named("Fair Harbour Aid").Type);
        Assert.Equal(EntityType.Organization, graph.Named("H9").Type);
        Assert.Equal(EntityType.Person, graph.Named("Peter Holm").Type);
    }

    [Theory]
    [InlineData("Visits to the Harbourcare website doubled.", "Harbourcare")]
    [InlineData("Well, the Varga group is probably not going to be viable.", "Varga")]
    public void AProductOrASupportersGroupAfterTheIsNoOrganisation(string text, string name) =>
        Assert.DoesNotContain(Extraction.Of(text).Entities, e => e.Name == name && e.Type == EntityType.Organization);

    [Theory]
    [InlineData("The 8th Circuit ruled on Monday.", "8th Circuit")]
    [InlineData("A panel of the 3rd Circuit Court of Appeals agreed.", "3rd Circuit Court of Appeals")]
    public void AnOrdinalBeforeAnInstitutionsNameBelongsToIt(string text, string name) =>
        Assert.Equal(EntityType.Organization, Extraction.Of(text).Named(name).Type);

    [Fact]
    public void APostAfterTheHeadWordIsNoPartOfTheInstitutionsName()
    {
        var graph = Extraction.Of("He became the Harbour Bureau Chief in 1990.");
        Assert.Equal(EntityType.Organization, graph.Named("Harbour Bureau").Type);
        Assert.DoesNotContain(graph.Entities, e => e.Name.EndsWith("Chief", StringComparison.Ordinal));
    }

    [Fact]
    public void AOneWordNameAfterGeneralSecretaryOfIsAnOrganisation()
    {
        var graph = Extraction.Of("Ana Varga, general secretary of Kelmor, said the pay offer was an insult.");
        Assert.Equal(EntityType.Organization, graph.Named("Kelmor").Type);
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Kelmor"));
    }

    [Theory]
    [InlineData("Tomas Brel, leader of the Public and Harbour Services union, said members would strike.", "Public and Harbour Services", "Harbour Services")] // a lower-case kind closes the name, "and" and all
    [InlineData("New Harbour Police Commissioner Ada Quist said crime had fallen.", "Harbour Police", "New Harbour Police")] // "New" opening the sentence before a post
    public void TheInstitutionsNameIsWholeAndNoMore(string text, string name, string wrong)
    {
        var graph = Extraction.Of(text);
        Assert.Equal(EntityType.Organization, graph.Named(name).Type);
        Assert.Null(graph.Find(wrong));
    }

    [Theory]
    [InlineData("TV presenter Ivo Stern said he would stand for election.", "TV", "Ivo Stern")] // a head word in capitals names the field
    [InlineData("Armed Forces Minister Ivo Stern said the troops would stay.", "Armed Forces", "Ivo Stern")] // a minister's portfolio
    public void TheWordsBeforeAPostNameNoOrganisation(string text, string notAnOrganization, string person)
    {
        var graph = Extraction.Of(text);
        Assert.Null(graph.Find(notAnOrganization));
        Assert.Equal(EntityType.Person, graph.Named(person).Type);
    }
}
