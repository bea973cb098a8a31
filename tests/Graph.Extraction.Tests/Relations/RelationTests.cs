using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

public sealed class RelationTests
{
    [Fact]
    public void MetIsAHeldMeeting()
    {
        var graph = Extraction.Of("Chinese Premier Chen Weiming met with Canadian Prime Minister Lena Dahl on Monday.");
        Assert.True(graph.HasRelation(RelationType.Met, "Chen Weiming", "Lena Dahl", MeetingStatus.Held));
    }

    [Fact]
    public void ASummitBetweenTwoPeopleIsAMeeting()
    {
        var graph = Extraction.Of("A secretive summit between Canada's Lena Dahl and China's Chen Weiming ended on Monday.");
        Assert.True(graph.HasRelation(RelationType.Met, "Chen Weiming", "Lena Dahl", MeetingStatus.Held));
    }

    [Theory]
    [InlineData("Chinese Premier Chen Weiming will meet Canadian Prime Minister Lena Dahl next month.")]
    [InlineData("Chinese Premier Chen Weiming is scheduled to see Canadian Prime Minister Lena Dahl in May.")]
    [InlineData("Chinese Premier Chen Weiming called off a planned summit with Canadian Prime Minister Lena Dahl.")]
    public void FutureAndCalledOffMeetingsArePlanned(string text)
    {
        var graph = Extraction.Of(text);
        Assert.True(graph.HasRelation(RelationType.Met, "Chen Weiming", "Lena Dahl", MeetingStatus.Planned));
        Assert.False(graph.HasRelation(RelationType.Met, "Chen Weiming", "Lena Dahl", MeetingStatus.Held));
    }

    [Theory]
    [InlineData("When Chen Weiming sent an envoy, Lena Dahl did not even see him. Chen Weiming did not meet Lena Dahl.")]
    [InlineData("Chinese Premier Chen Weiming spoke by phone with Canadian Prime Minister Lena Dahl.")]
    public void RefusalsAndPhoneCallsAreNotMeetings(string text) =>
        Assert.False(Extraction.Of(text).HasAnyMeeting());

    [Fact]
    public void ALeaderTitleWithADemonymMakesTheLeaderOfThatCountry()
    {
        var graph = Extraction.Of("Canadian Prime Minister Lena Dahl spoke about Canada.");
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Lena Dahl", "Canada"));
    }

    [Fact]
    public void MinistersAreNotLeaders()
    {
        var graph = Extraction.Of("Canadian Foreign Minister Lena Dahl spoke about Canada.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf);
    }

    [Fact]
    public void AnAppositionTiesAPersonToEachInstitutionWithTheRoleKept()
    {
        var graph = Extraction.Of("Tomas Brandt, a senior fellow and director of the Grid Project at the Baltic Policy Institute, said little.");
        var ties = graph.Relations.Where(r => r.Type == RelationType.AffiliatedWith).ToList();
        Assert.Contains(ties, r => r.Target == graph.Named("Baltic Policy Institute").Id && r.Role == "senior fellow");
        Assert.Contains(ties, r => r.Target == graph.Named("Grid Project").Id && r.Role == "director");
    }

    [Fact]
    public void AnInstitutionBeforeARoleAndANameIsAnAffiliation()
    {
        var graph = Extraction.Of("White House press secretary Lena Dahl said nothing.");
        var tie = graph.Relations.Single(r => r.Type == RelationType.AffiliatedWith);
        Assert.Equal("press secretary", tie.Role);
        Assert.Equal(graph.Named("White House").Id, tie.Target);
    }

    [Fact]
    public void AVerbAfterACommaIsNoApposition()
    {
        var graph = Extraction.Of("The mayor will meet Lena Dahl, the Harbor Times reported.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith);
    }

    [Theory]
    [InlineData("Ms Ana Varga, a friend of the Tory leader, said he was kind.")]
    [InlineData("Ana Varga, the wife of the Harbor Times editor, said he was kind.")]
    public void AnAppositionNamingAnotherPersonsInstitutionIsNoAffiliation(string text)
    {
        var graph = Extraction.Of(text);
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Ana Varga").Id);
    }

    [Fact]
    public void ABylineAboveTheOutletsLineTiesTheReporterToIt()
    {
        var graph = Extraction.Of("Storm hits the coast\n\nLena Dahl\n\nUSA TODAY\n\nThe storm arrived on Monday.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Lena Dahl", "USA Today"));
    }

    [Fact]
    public void EveryRelationCarriesTheSentenceThatStatesIt()
    {
        var text = "Intro line.\n\nChinese Premier Chen Weiming met with Canadian Prime Minister Lena Dahl on Monday.";
        var graph = Extraction.Of(text);
        Assert.All(graph.Relations, r => Assert.Equal(r.Evidence.Text, text[r.Evidence.Start..r.Evidence.End]));
        Assert.Contains(graph.Relations, r => r.Type == RelationType.Met && r.Evidence.Text.StartsWith("Chinese Premier", StringComparison.Ordinal));
    }

    [Fact]
    public void AMeetingWonderedAboutIsNoMeeting() =>
        Assert.False(Extraction.Of("It was unclear whether Chinese Premier Chen Weiming would stop to meet Canadian Prime Minister Lena Dahl.").HasAnyMeeting());

    [Fact]
    public void APossessorIsNotTheOneMeeting()
    {
        var graph = Extraction.Of("Ivo Stern, Lena Dahl's envoy, traveled north for talks with Chinese Premier Chen Weiming.");
        Assert.True(graph.HasRelation(RelationType.Met, "Ivo Stern", "Chen Weiming", MeetingStatus.Held));
        Assert.False(graph.HasRelation(RelationType.Met, "Lena Dahl", "Chen Weiming", MeetingStatus.Held));
    }

    [Fact]
    public void ReportersCreditedWithTheirOutletAreTiedToIt()
    {
        var graph = Extraction.Of("The storm passed.\n\nAssociated Press writers Lena Dahl in Lagos and Ivo Stern in Oslo contributed to this report.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Lena Dahl", "Associated Press"));
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ivo Stern", "Associated Press"));
    }

    [Fact]
    public void APresidentNamedWithoutACountryLeadsTheUnitedStatesInAnAmericanStory()
    {
        var graph = Extraction.Of("President Tomas Brandt spoke about the United States economy.");
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Tomas Brandt", "United States"));
    }
}
