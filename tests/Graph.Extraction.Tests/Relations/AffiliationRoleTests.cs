using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>The role kept on an affiliation is a post ending in a role noun, never a clause.</summary>
public sealed class AffiliationRoleTests
{
    [Fact]
    public void ARelativeClauseAfterTheRoleIsNotKept()
    {
        var graph = Extraction.Of("Tomas Brandt, a professor who studies trade at the Baltic Policy Institute, said the deal was weak.");
        var tie = Assert.Single(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Tomas Brandt").Id);
        Assert.Equal("professor", tie.Role);
    }

    [Fact]
    public void AnOpeningWithoutARoleNounGivesNoRole()
    {
        var graph = Extraction.Of("Lena Dahl, a Baltic Policy Institute regular since 2001, said the deal was weak.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Role is not null && r.Role.Contains("since", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Baltic Policy Institute said President Tomas Brandt was briefed on Monday.")]
    [InlineData("Dahl was appointed to the Baltic Policy Institute board by President Tomas Brandt in 2013.")]
    public void AVerbBetweenTheInstitutionAndTheTitleIsNoPostThere(string text)
    {
        var graph = Extraction.Of(text);
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Tomas Brandt").Id);
    }

    [Fact]
    public void APostOfAnInstitutionBeforeTheNameTiesIt() =>
        Assert.True(Extraction.Of("On Thursday, Vice Minister of the Baltic Policy Institute, Lena Dahl, said the talks had failed.")
            .HasRelation(RelationType.AffiliatedWith, "Lena Dahl", "Baltic Policy Institute"));

    [Fact]
    public void SecretaryOfStateInAnAppositionIsNoClause() =>
        Assert.True(Extraction.Of("It was revealed that Ivo Stern, the Baltic Policy Institute's director and pick for secretary of state, had traveled to Riga.")
            .HasRelation(RelationType.AffiliatedWith, "Ivo Stern", "Baltic Policy Institute"));

    [Fact]
    public void ACountrysGovernmentIsAnInstitution()
    {
        var graph = Extraction.Of("A UK Government official said the rebate was justified.");
        Assert.Contains(graph.Entities, e => e.Type == EntityType.Organization && e.Name == "UK Government");
    }

    [Fact]
    public void ACaucusPostOfAnInstitutionKeepsThePartyWordInTheChain() =>
        Assert.True(Extraction.Of("Senate Republican Leader Tomas Brel said the White House was wrong.")
            .HasRelation(RelationType.AffiliatedWith, "Tomas Brel", "Senate"));

    [Fact]
    public void AnInstitutionsRoleBeforeACommaTiesTheNameThatClosesIt() =>
        Assert.True(Extraction.Of("The agency announced the resignation of the top Coast Guard health official, Lena Dahl.")
            .HasRelation(RelationType.AffiliatedWith, "Lena Dahl", "Coast Guard"));

    [Fact]
    public void ARoleBeforeACommaThatOpensAClauseIsNoApposition()
    {
        var graph = Extraction.Of("As the top Coast Guard health official, Lena Dahl said the ships were safe.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Lena Dahl").Id);
    }

    [Theory]
    [InlineData("People have reason to worry, said Curt Holm of the conservative legal group Alliance for Tomorrow.")]
    [InlineData("People have reason to worry, said Curt Holm of the Alliance for Tomorrow.")]
    public void DescriptionWordsBetweenOfTheAndTheInstitutionKeepTheTie(string text) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.AffiliatedWith, "Curt Holm", "Alliance for Tomorrow"));

    [Fact]
    public void ARivalInstitutionAfterOfTheIsNotThePersonsOwn()
    {
        var graph = Extraction.Of("People have reason to worry, said Curt Holm of the rival Alliance for Tomorrow.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Curt Holm").Id);
    }

    [Fact]
    public void APossessedBodyNamedInTheAppositionIsThePersonsOwn() =>
        Assert.True(Extraction.Of("Peter Holm spoke on Monday. It suited the purpose of Mr Holm's union, the Prison Officers Association, to suggest a split.")
            .HasRelation(RelationType.AffiliatedWith, "Peter Holm", "Prison Officers Association"));

    [Fact]
    public void APossessedBodyFollowedByMoreNamesIsNoApposition()
    {
        var graph = Extraction.Of("Peter Holm spoke on Monday. Mr Holm's union, the Prison Officers Association and others, asked for more.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Peter Holm").Id);
    }
}
