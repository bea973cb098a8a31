using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// Ties written as a description rather than a title: a relative clause ("who is now with"), a committee inside its
/// chamber, a party described by rank ("the top Democrat on"), a party's body ("the party's Central Committee").
/// </summary>
public sealed class DescribedAffiliationTests
{
    [Theory]
    [InlineData("Kurt Lamb, who is now with the Brookings Institution, did not respond.", "Kurt Lamb", "Brookings Institution")]
    [InlineData("Kurt Lamb, now at the Brookings Institution, did not respond.", "Kurt Lamb", "Brookings Institution")]
    [InlineData("\"It is a long game,\" said Erin Paige, who directs the Asia program at the Stimson Center.", "Erin Paige", "Stimson Center")]
    [InlineData("Erin Paige, who heads the Refugee Council, said the rules were unfair.", "Erin Paige", "Refugee Council")]
    [InlineData("\"Break them apart,\" said Mr. Olsen, who at the time was months into his job as CIA director.", "Olsen", "CIA")]
    public void AClauseAfterTheNamePlacesThePersonInTheInstitution(string text, string person, string institution) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.AffiliatedWith, person, institution));

    [Theory]
    [InlineData("Kurt Lamb, who spoke at the Brookings Institution on Monday, said the deal was thin.")]
    [InlineData("Kurt Lamb, who criticised the Brookings Institution, said the deal was thin.")]
    public void AClauseOfAnEventAtTheInstitutionIsNoTie(string text)
    {
        var graph = Extraction.Of(text);
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Kurt Lamb").Id);
    }

    [Fact]
    public void ACommitteeChairSitsInTheChamberTheArticleNames()
    {
        var graph = Extraction.Of("The Senate will vote on Tuesday. Jonas Wek, the chairman of the Senate Foreign Relations Committee, said hearings would begin.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Jonas Wek", "Senate Foreign Relations Committee"));
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Jonas Wek", "Senate"));
    }

    [Theory]
    [InlineData("Lena Moor, the top Democrat on the House Foreign Affairs Committee, said the talks were promising.", "Lena Moor", "Democratic Party")]
    [InlineData("Ivo Stern, the committee's ranking Republican, agreed with the plan.", "Ivo Stern", "Republican Party")]
    public void APartyDescribedByRankIsThePersonsParty(string text, string person, string party) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.AffiliatedWith, person, party));

    [Fact]
    public void APostInThePartysBodyTiesToTheParty()
    {
        var graph = Extraction.Of("North Korea's ruling Workers' Party met on Monday. Ri Chol Nam, vice director of the party's Central Committee, attended the meeting.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ri Chol Nam", "Workers' Party of Korea"));
    }

    [Fact]
    public void TheHostAPartisanSpeaksToIsNotOfTheParty()
    {
        var graph = Extraction.Of("\"The tariffs are painful,\" the Ohio Republican told host Ana Varga on Sunday.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Ana Varga").Id);
    }

    [Theory]
    [InlineData("The Lib Dems want a delay. Lib Dem Home Affairs spokesman Mark Tolan said it would be prudent.", "Mark Tolan", "Liberal Democrats")]
    [InlineData("Oliver Lent, for the Tories, attacked the red tape.", "Oliver Lent", "Conservative Party")]
    [InlineData("Vera Cole, for the Liberal Democrats, accused the chancellor of ducking choices.", "Vera Cole", "Liberal Democrats")]
    [InlineData("Mr Howe will visit Tory Parliamentary hopefuls Robert Lime and Sara Wren on Friday.", "Robert Lime", "Conservative Party")]
    [InlineData("Mr Howe will visit Tory Parliamentary hopefuls Robert Lime and Sara Wren on Friday.", "Sara Wren", "Conservative Party")]
    public void APartyWrittenAroundAPostOrAsTheSideSpokenForIsThePersonsParty(string text, string person, string party) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.AffiliatedWith, person, party));

    [Fact]
    public void APartyThatAttacksAMinisterIsNotTheMinistersParty()
    {
        var graph = Extraction.Of("The Tories attacked home secretary Charles Carne over the plans.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Charles Carne").Id);
    }

    [Fact]
    public void AnOrganisationAPersonSpeaksFromIsTheirs() =>
        Assert.True(Extraction.Of("Simon Sweet, from the Federation of Small Businesses, said the proposals were costly.")
            .HasRelation(RelationType.AffiliatedWith, "Simon Sweet", "Federation of Small Businesses"));

    [Fact]
    public void ARankedPartyWordOpeningAClauseIsNoApposition()
    {
        var graph = Extraction.Of("Citing the tough criticism of Ana Varga, a senior Republican in the campaign added: \"It went well.\"");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Ana Varga").Id);
    }

    [Theory]
    [InlineData("Conservative co-chairman Peter Holm said the posters were a sign of abusive politics.", "Peter Holm", "Conservative Party")]
    [InlineData("\"The race is close,\" said Republican pollster Ana Varga.", "Ana Varga", "Republican Party")]
    public void APartysOfficerOrPollsterIsOfTheParty(string text, string person, string party) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.AffiliatedWith, person, party));

    [Fact]
    public void APostWordBeforeANameIsNotPartOfTheName() =>
        Assert.NotNull(Extraction.Of("\"The race is close,\" said State Treasurer Sara Wren on Monday.").Find("Sara Wren"));
}
