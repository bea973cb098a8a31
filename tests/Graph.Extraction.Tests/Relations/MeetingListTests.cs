using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>Meetings with several people named in a list, and a past-tense meeting verb amid plans.</summary>
public sealed class MeetingListTests
{
    [Theory]
    [InlineData("Ivo Stern arrived in Riga on Sunday and met King Salim Hadar and Crown Prince Amir Dazi.", "Ivo Stern", "Salim Hadar", "Amir Dazi")]
    [InlineData("Ana Varga hosted Prime Minister Peter Holm and President Chen Weiming at the palace.", "Ana Varga", "Peter Holm", "Chen Weiming")]
    [InlineData("Ivo Stern met Chen Weiming, his deputy Emil Tano and Dana Quist in Riga.", "Ivo Stern", "Chen Weiming", "Dana Quist")]
    public void EveryoneInTheListIsMet(string text, string subject, string first, string last)
    {
        var graph = Extraction.Of(text);
        Assert.True(graph.HasRelation(RelationType.Met, subject, first, MeetingStatus.Held));
        Assert.True(graph.HasRelation(RelationType.Met, subject, last, MeetingStatus.Held));
    }

    [Fact]
    public void AListOfPeopleToMeetIsPlanned() =>
        Assert.True(Extraction.Of("Peter Holm will meet Chen Weiming and Ana Varga next week.").HasRelation(RelationType.Met, "Peter Holm", "Ana Varga", MeetingStatus.Planned));

    [Theory]
    [InlineData("Peter Holm met Chen Weiming and Ana Varga said the talks went well.")]
    [InlineData("Peter Holm met Chen Weiming, Ana Varga said.")]
    [InlineData("Peter Holm met Chen Weiming, Emil Tano and Ana Varga said.")]
    public void TheSubjectOfTheNextClauseIsNotMet(string text)
    {
        var graph = Extraction.Of(text);
        Assert.True(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Held));
        Assert.False(graph.HasRelation(RelationType.Met, "Peter Holm", "Ana Varga", MeetingStatus.Held));
        Assert.False(graph.HasRelation(RelationType.Met, "Chen Weiming", "Ana Varga", MeetingStatus.Held));
    }

    [Fact]
    public void TwoPeopleJoinedBeforeTheVerbBothMeetTheObject()
    {
        var graph = Extraction.Of("Peter Holm and Ana Varga met with Chen Weiming on Monday.");
        Assert.True(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Held));
        Assert.True(graph.HasRelation(RelationType.Met, "Ana Varga", "Chen Weiming", MeetingStatus.Held));
    }

    [Fact]
    public void APastMeetingVerbStaysHeldAmidPlans()
    {
        var graph = Extraction.Of("Peter Holm, who met Chen Weiming in June, said he would meet him again.");
        Assert.True(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Held));
        Assert.False(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Planned));
    }

    [Fact]
    public void AModalBeforeAPastParticipleKeepsItPlanned() =>
        Assert.True(Extraction.Of("Peter Holm is expected to have met Chen Weiming by then.").HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Planned));

    [Theory]
    [InlineData("Peter Holm is set to hold a second summit with Chen Weiming in February.")]
    [InlineData("The summit planned for June 12 between Peter Holm and Chen Weiming would be the first.")]
    [InlineData("Before meeting Chen Weiming, Peter Holm will visit Riga.")]
    public void ASummitSetOrPlannedIsPlanned(string text) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Planned));

    [Fact]
    public void AfterMeetingSomeoneTheSubjectOfTheMainClauseMetThem() =>
        Assert.True(Extraction.Of("After meeting Chen Weiming in Riga, Peter Holm flew home.").HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Held));

    [Theory]
    [InlineData("When President Peter Holm meets with Chen Weiming in Singapore next month, he will raise the issue.")]
    [InlineData("Aides said sanctions were not on the table when Peter Holm and Chen Weiming meet.")]
    [InlineData("Peter Holm does expect to meet next month with Chen Weiming.")]
    public void AMeetingStillToComeIsPlanned(string text)
    {
        var graph = Extraction.Of(text);
        Assert.True(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Planned));
        Assert.False(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Held));
    }

    [Theory]
    [InlineData("Ivo Stern met on Friday and again on Saturday with Chen Weiming.", "Ivo Stern")]
    [InlineData("Ana Varga, on the south side of the border, walked over to meet Chen Weiming.", "Ana Varga")]
    [InlineData("Peter Holm met Chen Weiming, and the next day he flew home.", "Peter Holm")]
    public void AMeetingToldInThePastIsHeld(string text, string subject) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.Met, subject, "Chen Weiming", MeetingStatus.Held));

    [Theory]
    [InlineData("Peter Holm told Fox Business host Dana Quist on Thursday that he was ready.")]
    [InlineData("Peter Holm is a fan of the late-night hosts Dana Quist and Ana Varga.")]
    [InlineData("Besides Peter Holm and Ivo Stern, members met with Dana Quist and Ana Varga.")]
    public void NoMeetingIsRead(string text) =>
        Assert.False(Extraction.Of(text).HasAnyMeeting());

    [Fact]
    public void APersonHostsAnother() =>
        Assert.True(Extraction.Of("Peter Holm hosts Dana Quist at his ranch on Friday.").HasRelation(RelationType.Met, "Peter Holm", "Dana Quist", MeetingStatus.Held));

    [Fact]
    public void AfterMeetingInsideTheSentenceBelongsToTheSubjectBeforeIt() =>
        Assert.True(Extraction.Of("Peter Holm, after meeting with Attorney General Dana Quist and Ana Varga in Riga, said an inquiry was open.")
            .HasRelation(RelationType.Met, "Peter Holm", "Ana Varga", MeetingStatus.Held));

    [Theory]
    [InlineData("In a meeting with Chen Weiming on Monday, Peter Holm raised the issue.")]
    [InlineData("During talks with Chen Weiming in Riga, Peter Holm pressed for access.")]
    public void AMeetingOpeningTheSentenceBelongsToTheSubjectAfterIt(string text) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Held));

    [Fact]
    public void TalksCancelledAfterwardsArePlanned()
    {
        var graph = Extraction.Of("Peter Holm's talks with Chen Weiming were cancelled.");
        Assert.True(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Planned));
        Assert.False(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Held));
    }
}
