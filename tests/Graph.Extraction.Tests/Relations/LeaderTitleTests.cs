using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>LEADER_OF from a leader's title, its nationality, and the state whose institutions the article names.</summary>
public sealed class LeaderTitleTests
{
    [Fact]
    public void ANationalityBeforePmMakesALeader()
    {
        var graph = Extraction.Of("Israeli PM Avi Kessler flew to Rome on Monday. Israel has said little since.");
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Avi Kessler", "Israel"));
    }

    [Fact]
    public void ABarePrimeMinisterLeadsTheStateWhoseInstitutionsTheArticleNames()
    {
        var graph = Extraction.Of("Prime Minister Edwin Marlow told the Commons the plan was sound. Downing Street said Britain would not pay more. Labour MPs cheered.");
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Edwin Marlow", "Britain"));
    }

    [Fact]
    public void TheOtherCountrysPresidentIsNotTheHomePresident()
    {
        var graph = Extraction.Of(
            "President Carl Brannock on Thursday called off the summit with North Korea. The United States had hoped for a deal. " +
            "During Brannock's meeting on Monday with Park in the Oval Office, the South Korean president expressed confidence in the summit.");
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Carl Brannock", "United States"));
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf && r.Source == graph.Named("Carl Brannock").Id && r.Target != graph.Named("United States").Id);
    }

    [Fact]
    public void AnotherCountryInThePrimeMinistersOwnQuotedWordsLeavesHimTheHomeLeader()
    {
        var graph = Extraction.Of(
            "Prime Minister Edwin Marlow said: \"She has served Britain well and will now serve it as our envoy in Kenya.\" " +
            "Downing Street confirmed the post. Labour MPs cheered.");
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Edwin Marlow", "Britain"));
    }

    [Fact]
    public void AChancellorInBritishPoliticsDoesNotLeadTheCountry()
    {
        var graph = Extraction.Of("In the UK, Chancellor Peter Holm said the economy was strong. Downing Street agreed. Labour MPs cheered.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf);
    }

    [Fact]
    public void TheUkChancellorDoesNotLeadTheUk()
    {
        var graph = Extraction.Of("UK Chancellor Peter Holm said the economy was strong.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf);
    }

    [Fact]
    public void TheGermanChancellorLeadsGermany() =>
        Assert.True(Extraction.Of("German Chancellor Anke Brandt said Germany would help.").HasRelation(RelationType.LeaderOf, "Anke Brandt", "Germany"));

    [Fact]
    public void APrimeMinisterInASentenceAboutAnotherCountryIsNotTheHomeLeader()
    {
        var graph = Extraction.Of("The Kremlin said Russia would respond. The Kremlin repeated it. For Iraq, they criticized Prime Minister Omar Haddad until he was forced out.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf && r.Source == graph.Named("Omar Haddad").Id && r.Target == graph.Named("Russia").Id);
    }

    [Theory]
    [InlineData("Andre Noval, the president of Poland, spoke at the opening.", "Andre Noval", "Poland")]
    [InlineData("The prime minister of Fiji, Sam Toka, said his country was ready.", "Sam Toka", "Fiji")]
    public void ALeadersTitleWithItsCountryInAnAppositionLeadsIt(string text, string person, string country) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.LeaderOf, person, country));

    [Fact]
    public void AFormerLeaderInAnAppositionDoesNotLead()
    {
        var graph = Extraction.Of("Andre Noval, the former president of Poland, spoke at the opening.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf);
    }

    [Fact]
    public void ACampaignChairmanDoesNotLeadTheCountryNamedNearby()
    {
        var graph = Extraction.Of("In Russia news, agents raided the former Tomas campaign chairman Paul Brel's home late last month.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf);
    }

    [Fact]
    public void AnotherCountrysPresidentWithAGluedDemonymIsNotTheHomeLeader()
    {
        var graph = Extraction.Of("The last summit with the United States was in 2007 when then-South Korean President Roh Ahn met Kim Jong Un. The U.S. was not there.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf && r.Target == graph.Named("United States").Id);
    }

    [Theory]
    [InlineData("Republican President Tomas Brel said the United States would act.")]
    [InlineData("WASHINGTON - While President Tomas Brel spoke, the United States waited.")]
    public void APartyWordOrAClauseWordBeforeABareTitleKeepsTheHomeLeader(string text) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.LeaderOf, "Tomas Brel", "United States"));

    [Fact]
    public void AnInstitutionsPresidentIsNotTheHomeLeader()
    {
        var graph = Extraction.Of("The United Auto Workers said UAW President Tomas Brel held talks in the United States.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf && r.Source == graph.Named("Tomas Brel").Id);
    }

    [Fact]
    public void ACreditOpeningACaptionDoesNotQualifyTheTitle() =>
        Assert.True(Extraction.Of("REUTERS President Tomas Brel arrives at the base in the United States.").HasRelation(RelationType.LeaderOf, "Tomas Brel", "United States"));

    [Fact]
    public void AThenVicePresidentIsNotTheHomeLeader()
    {
        var graph = Extraction.Of("He debated then-Vice President Al Holm in the United States.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf);
    }
}
