using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>A post written with no name ("the chancellor said") stands for the person the article opens on.</summary>
public sealed class BarePostTests
{
    [Fact]
    public void TheBarePrimeMinisterAfterTheOpeningPersonLeadsTheHomeState()
    {
        var graph = Extraction.Of(
            "Budget row deepens\n\nEdwin Marlow has backed the budget amid claims about the UK economy.\n\n" +
            "In a speech in Leeds, the prime minister said the plan was sound. Labour MPs cheered. Labour's campaign starts soon.");
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Edwin Marlow", "United Kingdom"));
    }

    [Fact]
    public void TheBareChancellorAfterTheOpeningPersonWorksAtTheTreasury()
    {
        var graph = Extraction.Of(
            "Union row deepens\n\nAna Varga has criticised a union leader over the reforms.\n\n" +
            "But the chancellor said the union could not judge. The Treasury said nothing more.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Treasury"));
    }

    [Fact]
    public void TheOpeningPersonHoldsOnlyTheFirstBarePost()
    {
        var graph = Extraction.Of(
            "Budget row deepens\n\nAna Varga has outlined Labour's plans for the UK.\n\n" +
            "The chancellor said the plans were costed. The prime minister was asked about Ms Varga's article. Labour MPs cheered. The Treasury said nothing.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Treasury"));
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf);
    }

    [Fact]
    public void AnOpeningPersonWithATitleOfTheirOwnIsNotTheBarePost()
    {
        var graph = Extraction.Of(
            "Budget attacked\n\nTory leader Ana Varga has attacked the budget.\n\n" +
            "But the chancellor said the plan was sound. The Treasury said nothing more.");
        Assert.DoesNotContain(graph.Relations, r => r.Source == graph.Named("Ana Varga").Id && r.Target == graph.Find("Treasury")?.Id);
    }

    [Fact]
    public void APersonOpeningTheHeadlineIsNotTheOpeningPerson()
    {
        var graph = Extraction.Of(
            "Holm attacks Marlow's record\n\nEdwin Marlow misled voters, say the Tories. Tory co-chairman Peter Holm was speaking in Leeds. " +
            "The prime minister toured the country. Labour MPs cheered. Labour's campaign starts soon in the UK.");
        Assert.False(graph.HasRelation(RelationType.LeaderOf, "Peter Holm", "United Kingdom"));
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Edwin Marlow", "United Kingdom"));
    }

    [Fact]
    public void ABarePostFarFromTheOpeningPersonIsNotTheirs()
    {
        var graph = Extraction.Of(
            "Ana Varga has criticised a union leader over the reforms. The union met on Monday. Its members voted on Tuesday. " +
            "The vote was close. But the chancellor said the union could not judge. The Treasury said nothing more.");
        Assert.DoesNotContain(graph.Relations, r => r.Source == graph.Named("Ana Varga").Id);
    }

    [Fact]
    public void AShadowHolderOfThePostLeavesTheBarePostToTheOpeningPerson()
    {
        var graph = Extraction.Of(
            "Union row deepens\n\nAna Varga has criticised a union leader over the reforms.\n\n" +
            "But the chancellor said the union could not judge. The Treasury said nothing more. Tory shadow chancellor Peter Holm said the plan was wrong.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Treasury"));
    }

    [Fact]
    public void ThePostGivenToSomeoneElseByNameIsTheirs()
    {
        var graph = Extraction.Of(
            "Union row deepens\n\nAna Varga has criticised a union leader over the reforms.\n\n" +
            "But the chancellor said the union could not judge. The Treasury said nothing more. Chancellor Peter Holm said the plan was sound.");
        Assert.False(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Treasury"));
    }

    [Fact]
    public void TheBarePartyLeaderAfterTheOpeningPersonTiesThemToTheParty()
    {
        var graph = Extraction.Of(
            "Stem cell row\n\nAna Varga has backed stem cell research.\n\n" +
            "The issue divides voters. But the Tory leader argued there was a moral case for it.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Conservative Party"));
    }

    [Fact]
    public void ABarePartyLeaderAfterAnotherPersonIsNotTheOpeningPersons()
    {
        var graph = Extraction.Of(
            "Abortion row\n\nEdwin Marlow does not believe abortion should be an election issue.\n\n" +
            "His spokesman set out Mr Marlow's view after a bishop backed Ana Varga's stance. The Tory leader supports a lower limit.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Edwin Marlow").Id);
    }

    [Fact]
    public void ThePersonQuotedInTheOpeningSentenceIsTheOpeningPerson()
    {
        var graph = Extraction.Of(
            "New Year message\n\nEdwin Marlow has failed the country, Ana Varga has said.\n\n" +
            "\"Britain is heading in the wrong direction\", the Conservative leader said in her message.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Conservative Party"));
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Edwin Marlow").Id);
    }

    [Fact]
    public void AHolderNamedWithACapitalisedPostKeepsTheBarePost()
    {
        var graph = Extraction.Of(
            "Sheffield trip\n\nEdwin Marlow is to join Home Secretary Peter Holm in Sheffield.\n\n" +
            "Mr Marlow retorted that voters remembered the record. The home secretary has admitted he was wrong. The Home Office said nothing.");
        Assert.False(graph.HasRelation(RelationType.AffiliatedWith, "Edwin Marlow", "Home Office"));
    }

    [Fact]
    public void ACapitalisedShadowPostKeepsThePartyBeforeIt()
    {
        var graph = Extraction.Of("Conservative Shadow chancellor Peter Holm said the plan was wrong.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Peter Holm", "Conservative Party"));
    }
}
