using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>Politicians tied to their party by the word before the name, an apposition or a party tag.</summary>
public sealed class PartyAffiliationTests
{
    private static bool Tied(ArticleGraph graph, string person, string party) =>
        graph.Find(party) is { Type: EntityType.Organization } && graph.HasRelation(RelationType.AffiliatedWith, person, party);

    [Theory]
    [InlineData("Tory leader Edwin Marlow said the plan was wrong.", "Edwin Marlow", "Conservative Party")]
    [InlineData("Labour MP Rosa Penhale said she would vote against it.", "Rosa Penhale", "Labour Party")]
    [InlineData("Conservative Hugh Dunmore attacked the plan on Monday.", "Hugh Dunmore", "Conservative Party")]
    [InlineData("Lib Dem home affairs spokesman Owen Tarrant agreed.", "Owen Tarrant", "Liberal Democrats")]
    [InlineData("The Lib Dems' Alys Venning said the figures did not add up.", "Alys Venning", "Liberal Democrats")]
    [InlineData("Republican Sen. Carl Brannock said the deal was weak.", "Carl Brannock", "Republican Party")]
    [InlineData("Sen. Carl Brannock (R-Okla.) said the deal was weak.", "Carl Brannock", "Republican Party")]
    [InlineData("Rep. Dana Whitfield (D-Ore.) disagreed with the plan.", "Dana Whitfield", "Democratic Party")]
    [InlineData("Dana Whitfield, an Oregon Democrat, disagreed with the plan.", "Dana Whitfield", "Democratic Party")]
    [InlineData("A Democrat, Dana Whitfield, disagreed with the plan.", "Dana Whitfield", "Democratic Party")]
    [InlineData("Hugh Dunmore, the Conservative MP for Eastleigh, attacked the plan.", "Hugh Dunmore", "Conservative Party")]
    [InlineData("Peter Holm MP, Labour's chief whip, said the vote would be close.", "Peter Holm", "Labour Party")]
    [InlineData("Sen. Carl Brannock (R) of Utah said the deal was weak.", "Carl Brannock", "Republican Party")]
    [InlineData("Attorney General Dana Whitfield (D) said the case was closed.", "Dana Whitfield", "Democratic Party")]
    [InlineData("Dana Whitfield, D-Ore., disagreed with the plan.", "Dana Whitfield", "Democratic Party")]
    [InlineData("The seat went to the Republican nominee, Carl Brannock.", "Carl Brannock", "Republican Party")]
    [InlineData("The Democratic incumbent, Dana Whitfield, ran for governor.", "Dana Whitfield", "Democratic Party")]
    [InlineData("Republican Sens. Carl Brannock and Dana Whitfield of Ohio backed the bill.", "Dana Whitfield", "Republican Party")]
    [InlineData("Rep. Carl Brannock and four other Ohio Republicans backed the bill.", "Carl Brannock", "Republican Party")]
    [InlineData("Republican presidential candidate Carl Brannock spoke at a rally in Ohio.", "Carl Brannock", "Republican Party")]
    [InlineData("She will face Democratic incumbent U.S. Senator Dana Whitfield in November.", "Dana Whitfield", "Democratic Party")]
    [InlineData("He ran against Republican Texas Gov. Carl Brannock last year.", "Carl Brannock", "Republican Party")]
    [InlineData("Ohio Democrats tapped Dana Whitfield to battle the governor.", "Dana Whitfield", "Democratic Party")]
    [InlineData("Rosa Penhale has delivered a rousing speech to Labour's spring conference.", "Rosa Penhale", "Labour Party")]
    [InlineData("Speaking to the county Republican organization on Saturday, Carl Brannock warned of defeat.", "Carl Brannock", "Republican Party")]
    [InlineData("Ana Varga wrote: \"The race is close for Republican Sen. Carl Brannock this year.\"", "Carl Brannock", "Republican Party")]
    [InlineData("Ana Varga has told voters her Liberal Democrats will offer a fair deal.", "Ana Varga", "Liberal Democrats")]
    [InlineData("The Liberal Democrats want a lower tax. Owen Tarrant, the party's health spokesman, said it was costed.", "Owen Tarrant", "Liberal Democrats")]
    [InlineData("Conservative Shadow chancellor Hugh Dunmore said the sums did not add up.", "Hugh Dunmore", "Conservative Party")]
    [InlineData("Senior Labour backbencher Rosa Penhale, who chairs a committee, disagreed.", "Rosa Penhale", "Labour Party")]
    [InlineData("Labour peer Alys Venning chairs the inquiry.", "Alys Venning", "Labour Party")]
    [InlineData("Labour will press on with reform, the party's election chief Rosa Penhale has said.", "Rosa Penhale", "Labour Party")]
    public void APartyWordBesideTheNameTiesThePersonToTheParty(string text, string person, string party) =>
        Assert.True(Tied(Extraction.Of(text), person, party));

    /// <summary>The party a spokesman speaks for: the subject of the sentence before a bare post, or a clause opening "For the Lib Dems,".</summary>
    [Theory]
    [InlineData("The Liberal Democrats say they oppose the plan. Home affairs spokesman Owen Tarrant said it was unfair.", "Owen Tarrant", "Liberal Democrats")]
    [InlineData("The Tories say the plan should wait.\n\nSpokesman Hugh Dunmore said ministers had failed.", "Hugh Dunmore", "Conservative Party")]
    [InlineData("For the Conservatives, shadow education secretary Hugh Dunmore said: \"It is all talk.\"", "Hugh Dunmore", "Conservative Party")]
    [InlineData("For the Lib Dems, Owen Tarrant said the sums were wrong.", "Owen Tarrant", "Liberal Democrats")]
    public void ThePartyAPersonSpeaksForTiesThePersonToTheParty(string text, string person, string party) =>
        Assert.True(Tied(Extraction.Of(text), person, party));

    [Theory]
    [InlineData("The Liberal Democrats said Dr Rhys Gwilt should change his policy.", "Rhys Gwilt")]
    [InlineData("A spokesman for UKIP called on Mr Alun Hockley to quit.", "Alun Hockley")]
    [InlineData("Moon Jae-in (R) and Kim Jong Un (L) shake hands at the border.", "Moon Jae-in")]
    [InlineData("Ana Varga attacked her Labour rivals on Monday.", "Ana Varga")]
    [InlineData("President Ana Varga (R) greets Tomas Brel at the palace.", "Ana Varga")]
    [InlineData("He attacked the Democratic bill, Carl Brannock said.", "Carl Brannock")]
    [InlineData("Carl Brannock and other critics of the Republicans spoke.", "Carl Brannock")]
    [InlineData("Ana Varga told Tomas Brel his Tories would lose.", "Ana Varga")]
    [InlineData("The Tories won. The vote was close. It was late. Then it ended. Owen Tarrant, the party's donor, left.", "Owen Tarrant")]
    [InlineData("The Liberal Democrats met. Peter Holm repeated his party's calls for Owen Tarrant to publish the advice.", "Owen Tarrant")]
    [InlineData("The Conservative candidate said the plan was wrong. Health spokesman Owen Tarrant said it was unfair.", "Owen Tarrant")]
    [InlineData("The Tories say the plan should wait. Scotland Yard spokesman Owen Tarrant said it was safe.", "Owen Tarrant")]
    [InlineData("The Lib Dems say they oppose it. Ana Varga said it was unfair. Health spokesman Owen Tarrant agreed.", "Owen Tarrant")]
    [InlineData("For the Tories, the defeat of Owen Tarrant was a blow.", "Owen Tarrant")]
    public void APartyNamedNearbyIsNoTie(string text, string person)
    {
        var graph = Extraction.Of(text);
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named(person).Id);
    }

    [Fact]
    public void LibDemIsAPartyNotAPerson()
    {
        var graph = Extraction.Of("Lib Dem spokesman Owen Tarrant said the bill was flawed.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person && e.Name.StartsWith("Lib", StringComparison.Ordinal));
    }

    [Fact]
    public void APartysSpokesmanForADepartmentIsNotAtTheDepartment()
    {
        var graph = Extraction.Of("The Liberal Democrats met in Bath. Owen Tarrant, the party's Treasury spokesman, said the Treasury was wrong.");
        Assert.True(Tied(graph, "Owen Tarrant", "Liberal Democrats"));
        Assert.False(graph.HasRelation(RelationType.AffiliatedWith, "Owen Tarrant", "Treasury"));
    }

    [Fact]
    public void AMinisterWithLettersAfterTheNameHoldsThePostInTheApposition()
    {
        var graph = Extraction.Of("Peter Holm MP, Labour's Chief Secretary to the Treasury, said the sums did not add up.");
        Assert.True(Tied(graph, "Peter Holm", "Labour Party"));
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Peter Holm", "Treasury"));
    }

    [Fact]
    public void AnotherPersonInTheSentenceBlocksTheGatheringTie()
    {
        var graph = Extraction.Of("Rosa Penhale told Edwin Marlow about her speech to the Labour conference.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith);
    }

    [Fact]
    public void APartyBackingSomeoneIsNotChoosingTheirCandidate()
    {
        var graph = Extraction.Of("Ohio Republican-backed groups praised Dana Whitfield on Monday.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Dana Whitfield").Id);
    }

    [Fact]
    public void AHeadlineEndingInATitleDoesNotGlueToThePartyWordOfTheNextLine() =>
        Assert.True(Tied(Extraction.Of("Holm quits as Tory MP\n\nConservative Jonathan Holm is to stand down."), "Jonathan Holm", "Conservative Party"));

    [Fact]
    public void APartyTagAfterASitesRelatedHeadlinesIsTheLawmakers() =>
        Assert.True(Tied(Extraction.Of("One of them, Sen. Nora Lind Nora Anne LindSenate panel delays vote Lawmakers eye new deal MORE (R-Colo.), said the talks were a trap."),
            "Nora Lind", "Republican Party"));

    [Fact]
    public void APartyTagAfterHeadlinesBelongsToTheLastLawmakerBeforeIt()
    {
        var graph = Extraction.Of("Sen. Nora Lind praised the talks, and Sen. Otto Falk Otto James FalkSenate panel delays vote MORE (D-Del.) agreed.");
        Assert.False(graph.HasRelation(RelationType.AffiliatedWith, "Nora Lind", "Democratic Party"));
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Otto Falk", "Democratic Party"));
    }

    [Fact]
    public void ALowerCaseTitleInsideTheHeadlinesIsNoLawmaker()
    {
        var graph = Extraction.Of("Sen. Otto Falk Otto James FalkPoll shows senator Hill. Senate panel delays vote MORE (D-Del.) agreed.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Otto Falk", "Democratic Party"));
        Assert.False(graph.HasRelation(RelationType.AffiliatedWith, "Hill", "Democratic Party"));
    }
}
