using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>A government post ties its holder to the institution it belongs to, only when the article names it.</summary>
public sealed class PostInstitutionTests
{
    [Theory]
    [InlineData("Home Secretary Edwin Marlow said the Home Office would publish the figures.", "Edwin Marlow", "Home Office")]
    [InlineData("Chancellor Rosa Penhale said the Treasury had the money.", "Rosa Penhale", "Treasury")]
    [InlineData("Secretary of State Carl Brannock said the State Department would respond.", "Carl Brannock", "State Department")]
    [InlineData("Defense Secretary Dana Whitfield spoke to reporters at the Pentagon on Monday.", "Dana Whitfield", "Pentagon")]
    [InlineData("The Home Office said that Edwin Marlow, the home secretary, would decide.", "Edwin Marlow", "Home Office")]
    [InlineData("Sen. Carl Brannock said the Senate would vote on Tuesday.", "Carl Brannock", "Senate")]
    [InlineData("Sen. Carl Brannock said the U.S. Senate would vote on Tuesday.", "Carl Brannock", "U.S. Senate")]
    [InlineData("White House Deputy Chief of Staff Rosa Penhale is visiting the center.", "Rosa Penhale", "White House")]
    [InlineData("The Supreme Court ruled. Justices Carl Brannock, Dana Whitfield and Hugh Dunmore dissented.", "Hugh Dunmore", "Supreme Court")]
    [InlineData("The Supreme Court ruled. Justices Carl Brannock, Dana Whitfield and Hugh Dunmore dissented.", "Dana Whitfield", "Supreme Court")]
    [InlineData("Congresswoman Dana Whitfield said Congress would act.", "Dana Whitfield", "Congress")]
    [InlineData("Commerce Secretary Ned Pike said the Commerce Department would review the sanctions.", "Ned Pike", "Commerce Department")]
    [InlineData("Chief Secretary to the Treasury Paul Bates said the Treasury would not pay.", "Paul Bates", "Treasury")]
    [InlineData("Trade and Industry Secretary Ann Moss said the Department of Trade and Industry would cut jobs.", "Ann Moss", "Department of Trade and Industry")]
    [InlineData("Senate Majority Leader Ben Kohl said the Senate would vote on Tuesday.", "Ben Kohl", "Senate")]
    [InlineData("The Senate will vote. Sens. Ana Varga, a Democrat from Ohio, and Tomas Brel, a Republican from Utah, wrote the bill.", "Tomas Brel", "Senate")]
    public void APostTiesItsHolderToTheNamedInstitution(string text, string person, string institution) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.AffiliatedWith, person, institution));

    [Fact]
    public void AnInstitutionTheArticleDoesNotNameGivesNoTie()
    {
        var graph = Extraction.Of("Home Secretary Edwin Marlow said the figures would be published.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith);
    }

    [Fact]
    public void AnInstitutionNamedAfterSomeoneElseIsNotThePostsInstitution()
    {
        var graph = Extraction.Of("Secretary of State Carl Brannock said the Varga State Department would decide.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith);
    }

    [Fact]
    public void AStateSenatorIsNotInTheSenate()
    {
        var graph = Extraction.Of("State Sen. Carl Brannock said the Senate would vote on Tuesday.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Target == graph.Named("Senate").Id);
    }

    [Fact]
    public void AShadowPostIsNotTheInstitution()
    {
        var graph = Extraction.Of("Shadow Chancellor Rosa Penhale said the Treasury had lost control.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Target == graph.Named("Treasury").Id);
    }

    [Fact]
    public void AnotherCountrysMinistryIsNotTheMinistersInstitution()
    {
        var graph = Extraction.Of("A spokesman at China's Ministry of Foreign Affairs welcomed it. Australian Foreign Minister Alys Venning said talks were welcome.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Alys Venning").Id);
    }

    [Fact]
    public void AForeignChancellorIsNotAtTheTreasury()
    {
        var graph = Extraction.Of("German Chancellor Hugh Dunmore met the Treasury team in London.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Hugh Dunmore").Id);
    }

    [Fact]
    public void AStatesChiefJusticeIsNotOnTheNationsSupremeCourt()
    {
        var graph = Extraction.Of("The U.S. Supreme Court may hear the case. Alabama Chief Justice Hugh Dunmore has called for resistance.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Hugh Dunmore").Id);
    }

    [Fact]
    public void ASingularPostBeforeAListIsOnlyTheFirstNamesPost()
    {
        var graph = Extraction.Of("The Supreme Court ruled. Justice Carl Brannock and Dana Whitfield disagreed.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Dana Whitfield").Id);
    }

    [Fact]
    public void AStatesSenatorInTheNationalSenateKeepsTheTie() =>
        Assert.True(Extraction.Of("Texas Sen. Carl Brannock said the Senate would vote.").HasRelation(RelationType.AffiliatedWith, "Carl Brannock", "Senate"));

    [Fact]
    public void AStatesAttorneyGeneralIsNotInTheJusticeDepartment()
    {
        var graph = Extraction.Of("The Justice Department declined to comment. Texas Attorney General Hugh Dunmore sued.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Hugh Dunmore").Id);
    }

    [Fact]
    public void TheTreasuryOfABritishStoryIsHerMajestysTreasury()
    {
        var graph = Extraction.Of("Labour and the Conservatives clashed over Britain's budget. Chancellor Gordon Vale said the Treasury would cut costs, and Labour backed him.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Gordon Vale", "HM Treasury"));
        Assert.Null(graph.Find("Treasury Department"));
    }

    [Fact]
    public void TheTreasuryOfAnAmericanStoryStaysTheTreasuryDepartment()
    {
        var graph = Extraction.Of("Republicans in the U.S. Congress backed the plan. Treasury Secretary Ana Varga said the Treasury would issue new sanctions.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Treasury Department"));
    }
}
