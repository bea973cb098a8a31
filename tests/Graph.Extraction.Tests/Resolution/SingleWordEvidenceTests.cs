using Graph.Core.Model;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>A single capitalised word becomes a person only with evidence; common nouns, companies and parts of institutions' names do not.</summary>
public sealed class SingleWordEvidenceTests
{
    [Fact]
    public void APluralOfAnAcronymIsNeverAPerson()
    {
        var graph = Extraction.Of("MPs said the plan was flawed and he agreed.");
        Assert.Null(graph.Find("MPs"));
    }

    [Fact]
    public void APluralOfAWordTheArticleWritesInLowerCaseIsNoPerson()
    {
        var graph = Extraction.Of("Organisers said he would open the fair. One organiser called it a success.");
        Assert.Null(graph.Find("Organisers"));
    }

    [Fact]
    public void AnUnknownWordThatSpeaksOfItselfAsItIsNoPerson()
    {
        var graph = Extraction.Of("Zentrix said it would cut 200 jobs at its plant.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void AnUnknownSurnameThatSpeaksAndIsCalledHeIsAPerson()
    {
        var graph = Extraction.Of("Quist said he would return to the capital next week.");
        Assert.Equal(EntityType.Person, graph.Named("Quist").Type);
    }

    [Fact]
    public void AnAcronymThatSpeaksIsAnOrganisation()
    {
        var graph = Extraction.Of("VZT said in a statement that prices would rise.");
        Assert.Equal(EntityType.Organization, graph.Named("VZT").Type);
    }

    [Fact]
    public void AWordShoutedInCapitalsIsNoOrganisation()
    {
        var graph = Extraction.Of("We never met, Tomas Brandt wrote. NEVER said I would.");
        Assert.Null(graph.Find("NEVER"));
    }

    [Fact]
    public void ATitleWordInsideAnInstitutionsNameAfterTheGivesNoPerson()
    {
        var graph = Extraction.Of("Lena Dahl joined from the Premier League in 2001.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person && e.Name == "League");
    }

    [Fact]
    public void AWordBetweenTwoTitlesIsNoPerson()
    {
        var graph = Extraction.Of("Chief Cabinet Secretary Tomas Brandt told reporters the tests must stop.");
        Assert.Null(graph.Find("Cabinet"));
        Assert.Equal(EntityType.Person, graph.Named("Tomas Brandt").Type);
    }

    [Fact]
    public void ATitleAndAWordWithTheirBracketedAcronymAreNoPerson()
    {
        var graph = Extraction.Of("The carmaker General Vantor (GV) is recalling 200,000 cars.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void MayAfterAGivenNameIsASurname()
    {
        var graph = Extraction.Of("Home Secretary Lena May said the law would change.");
        Assert.Equal(EntityType.Person, graph.Named("Lena May").Type);
    }

    [Fact]
    public void MayAfterAFunctionWordIsTheMonth()
    {
        var graph = Extraction.Of("In May the law changed, Tomas Brandt said.");
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("May", StringComparison.Ordinal));
    }

    [Fact]
    public void ARunOpenedByAForeignHeadWordIsAnOrganisation()
    {
        var graph = Extraction.Of("Researchers at the Instituto Sierra Alta in Lima, Tomas Brandt said, found the same.");
        Assert.Equal(EntityType.Organization, graph.Named("Instituto Sierra Alta").Type);
    }

    [Fact]
    public void AKindOfOrganisationInCapitalsBeforeANameIsNotPartOfIt()
    {
        var graph = Extraction.Of("Customers of ISP Netwave complained, Tomas Brandt said.");
        Assert.Equal(EntityType.Organization, graph.Named("Netwave").Type);
    }

    [Fact]
    public void AProductCodeAfterANameIsNoSurname()
    {
        var graph = Extraction.Of("Sales of the Vantor XR rose, Tomas Brandt said.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person && e.Name.Contains("XR", StringComparison.Ordinal));
    }

    [Fact]
    public void AShortAcronymIsNoAliasOfAPersonWhoseSurnameItSpells()
    {
        var graph = Extraction.Of("Chen Wei Da visited the court in Geneva. The DA said charges would follow.");
        Assert.DoesNotContain("DA", graph.Named("Chen Wei Da").Aliases);
    }

    [Fact]
    public void AWordBeforeARoleNounJoinedByAndToANameIsNoPerson()
    {
        var graph = Extraction.Of("Stars including Tomas Brandt and Oscar nominee Lena Dahl paid tribute on Monday.");
        Assert.Null(graph.Find("Oscar"));
        Assert.Equal(EntityType.Person, graph.Named("Lena Dahl").Type);
    }

    [Theory]
    [InlineData("Vantor plc said profits rose.", "Vantor plc")]
    [InlineData("Kelder AG said it would cut jobs.", "Kelder AG")]
    [InlineData("Shares in Brandt GmbH fell.", "Brandt GmbH")]
    public void ANameBeforeALegalFormIsACompany(string text, string name)
    {
        var graph = Extraction.Of(text);
        Assert.Equal(EntityType.Organization, graph.Named(name).Type);
    }

    [Fact]
    public void AnHonorificMakesAPersonOfASurnameThatSpellsACommonWord()
    {
        var graph = Extraction.Of("Mr Wells said the well had run dry.");
        Assert.Equal(EntityType.Person, graph.Named("Wells").Type);
    }

    [Fact]
    public void ASurnameInTheStoryIsNotThePhotographerOfTheSameSurname()
    {
        var graph = Extraction.Of("Ana Varga speaks in Oslo on Monday. (Tomas Holm/Reuters)\n\nSen. Holm said the plan would fail.\n\nAna Varga met Holm on Tuesday.\n");
        Assert.DoesNotContain("Holm", graph.Named("Tomas Holm").Aliases);
        Assert.Equal(EntityType.Person, graph.Named("Holm").Type);
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.Met && (r.Source == graph.Named("Tomas Holm").Id || r.Target == graph.Named("Tomas Holm").Id));
    }
}
