using Graph.Core.Model;

namespace Graph.Extraction.Tests.Recognition;

public sealed class CountryAndOrganizationTests
{
    [Fact]
    public void CountriesAreFoundByNameAndAbbreviation()
    {
        var graph = Extraction.Of("The U.S. and the United States of America are one state. The DPRK is another.");
        Assert.Equal(2, graph.Named("United States").Mentions.Length);
        Assert.Equal(EntityType.Country, graph.Named("DPRK").Type);
    }

    [Fact]
    public void PossessivesNameTheCountry() =>
        Assert.Equal(EntityType.Country, Extraction.Of("Canada’s economy grew.").Named("Canada").Type);

    [Fact]
    public void ACapitalActingForItsGovernmentIsTheCountry()
    {
        var graph = Extraction.Of("Ottawa is reasserting itself in the region.");
        Assert.Contains("Ottawa", graph.Named("Canada").Aliases);
    }

    [Fact]
    public void ACapitalThatIsOnlyAPlaceIsNotTheCountry()
    {
        var graph = Extraction.Of("The delegation arrived in Ottawa on Monday.");
        Assert.Null(graph.Entities.FirstOrDefault(e => e.Type == EntityType.Country));
    }

    [Fact]
    public void ACountryWordInsideAnInstitutionsNameStaysInTheName()
    {
        var graph = Extraction.Of("She heads the Center for Canadian Studies at Ridgeview University.");
        Assert.Equal(EntityType.Organization, graph.Named("Center for Canadian Studies").Type);
        Assert.Equal(EntityType.Organization, graph.Named("Ridgeview University").Type);
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Country);
    }

    [Fact]
    public void InstitutionsAreFoundByTheirHeadWord()
    {
        var graph = Extraction.Of("Officials at the Ministry of Maritime Affairs and the Northfield Energy Council disagreed.");
        Assert.Equal(EntityType.Organization, graph.Named("Ministry of Maritime Affairs").Type);
        Assert.Equal(EntityType.Organization, graph.Named("Northfield Energy Council").Type);
    }

    [Fact]
    public void AnAcronymInBracketsIsASecondNameOfTheInstitution()
    {
        var graph = Extraction.Of("The Alliance of Coastal Towns (ACT) met. Later ACT said it would meet again.");
        var act = graph.Named("Alliance of Coastal Towns");
        Assert.Contains("ACT", act.Aliases);
    }

    [Fact]
    public void NewsOrganisationsAreInstitutions()
    {
        var graph = Extraction.Of("LAGOS (Reuters) - Markets fell on Monday, Bloomberg News reported.");
        Assert.Equal(EntityType.Organization, graph.Named("Reuters").Type);
        Assert.Equal(EntityType.Organization, graph.Named("Bloomberg").Type);
    }

    [Fact]
    public void TheOutletComesFromTheMastheadWhenNotGiven()
    {
        var graph = Extraction.Of("The Washington PostDemocracy Dies in Darkness\n\nA headline here\n\nThe story begins.");
        Assert.Equal("The Washington Post", graph.Outlet);
        Assert.Equal(EntityType.Organization, graph.Named("The Washington Post").Type);
    }

    [Fact]
    public void TheOutletGivenWithTheArticleWins() =>
        Assert.Equal("Example Daily", Extraction.Of("(CNN) A story.", outlet: "Example Daily").Outlet);

    [Theory]
    [InlineData("Ben Okoro, Zenvia's chief executive, resigned.", "Zenvia")]
    [InlineData("Ada Quist, an analyst at Brightwave, said prices would fall.", "Brightwave")]
    [InlineData("The telecom regulator Netcor said it would review the deal.", "Netcor")]
    [InlineData("KLM chief executive Ada Quist said little.", "KLM")]
    public void CompaniesWithoutAHeadWordAreKnownByTheirContext(string text, string company) =>
        Assert.Equal(EntityType.Organization, Extraction.Of(text).Named(company).Type);

    [Fact]
    public void APersonsAdviserDoesNotMakeThePersonACompany()
    {
        var graph = Extraction.Of("President Lena Dahl spoke. Dahl's national security adviser, Ivo Stern, agreed.");
        Assert.Equal(EntityType.Person, graph.Named("Lena Dahl").Type);
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void APostAfterAnOrganisationsHeadWordOpensTheHoldersName()
    {
        var graph = Extraction.Of("Harbour Radio DJ Lena Quist will pick the questions.");
        Assert.Equal(EntityType.Organization, graph.Named("Harbour Radio").Type);
        Assert.Equal(EntityType.Person, graph.Named("Lena Quist").Type);
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Lena Quist", "Harbour Radio"));
    }

    [Fact]
    public void AStationsNumberAfterItsHeadWordIsPartOfItsName() =>
        Assert.Equal(EntityType.Organization, Extraction.Of("Mr Holm told Harbour Radio 4's morning programme that he was happy.").Named("Harbour Radio 4").Type);

    [Fact]
    public void AChambersMajorityIsNotPartOfItsName()
    {
        var graph = Extraction.Of("Sen. Carl Brannock said the Republican Senate would not vote. Sen. Ana Varga said the U.S. Senate would.");
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Republican Senate", StringComparison.Ordinal));
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Senate"));
    }
}
