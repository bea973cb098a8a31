using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>More ways news states a meeting, and the words that make it planned.</summary>
public sealed class MeetingCueTests
{
    [Theory]
    [InlineData("Avi Kessler visits with Carl Brannock at the ranch.", "Avi Kessler", "Carl Brannock")]
    [InlineData("Chen Weiming welcomed Avi Kessler to Beijing on Friday.", "Chen Weiming", "Avi Kessler")]
    [InlineData("Avi Kessler and Chen Weiming held a summit in Hanoi in March.", "Avi Kessler", "Chen Weiming")]
    [InlineData("Avi Kessler and Chen Weiming conferred about the matter on Tuesday.", "Avi Kessler", "Chen Weiming")]
    public void AMeetingIsHeld(string text, string a, string b) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.Met, a, b, MeetingStatus.Held));

    [Fact]
    public void ASummitSetForADateIsPlanned() =>
        Assert.True(Extraction.Of("Carl Brannock's summit with Chen Weiming is set for June 12 in Singapore.").HasRelation(RelationType.Met, "Carl Brannock", "Chen Weiming", MeetingStatus.Planned));

    [Fact]
    public void WelcomingSomeonesOfferIsNoMeeting()
    {
        var graph = Extraction.Of("Carl Brannock welcomed Chen Weiming's offer of talks, his office said.");
        Assert.False(graph.HasAnyMeeting());
    }

    [Fact]
    public void AJourneyToMeetSomeoneSetOffByACommaIsAHeldMeeting() =>
        Assert.True(Extraction.Of("Ivo Stern, the envoy, arrived at the White House shortly before 2:30 p.m. to meet with his US counterpart, Ada Quist.")
            .HasRelation(RelationType.Met, "Ivo Stern", "Ada Quist", MeetingStatus.Held));

    [Fact]
    public void ATimePhraseMayStandBetweenTheMeetingAndWith() =>
        Assert.True(Extraction.Of("Experts spoke after Ivo Stern's summit on Friday with Ada Quist in Riga.")
            .HasRelation(RelationType.Met, "Ivo Stern", "Ada Quist", MeetingStatus.Held));

    [Fact]
    public void TheirMeetingIsTheTwoPeopleNamedBeforeIt() =>
        Assert.True(Extraction.Of("Ivo Stern will try to convince Ada Quist to allow inspections during their meeting, the experts said.")
            .HasRelation(RelationType.Met, "Ivo Stern", "Ada Quist", MeetingStatus.Planned));

    [Fact]
    public void ANameDescribingAGroupIsNotTheOneMeeting()
    {
        var graph = Extraction.Of("President Ivo Stern spoke on Monday. Stern administration officials were meeting on Tuesday with Vice Premier Ada Quist.");
        Assert.False(graph.HasAnyMeeting());
    }

    [Fact]
    public void ASummitBetweenTwoThatMayGoAheadIsPlanned() =>
        Assert.True(Extraction.Of("A summit between President Avi Kessler and North Korean leader Chen Weiming may go ahead next month.")
            .HasRelation(RelationType.Met, "Avi Kessler", "Chen Weiming", MeetingStatus.Planned));

    [Fact]
    public void AMeetingInTheMonthOfMayIsHeld() =>
        Assert.True(Extraction.Of("Avi Kessler met Chen Weiming in May.").HasRelation(RelationType.Met, "Avi Kessler", "Chen Weiming", MeetingStatus.Held));
}
