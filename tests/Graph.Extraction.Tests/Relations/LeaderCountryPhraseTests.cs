using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>LEADER_OF from a title whose country stands after the name ("King X of Jordan") or in a demonym apposition.</summary>
public sealed class LeaderCountryPhraseTests
{
    [Theory]
    [InlineData("King Tomas Brel of Jordan arrived in Washington on Tuesday.", "Tomas Brel", "Jordan")]
    [InlineData("Prime Minister Ana Varga of Japan arrived in Washington on Tuesday.", "Ana Varga", "Japan")]
    [InlineData("Officials said President Rado Varga of the Philippines would speak.", "Rado Varga", "Philippines")]
    [InlineData("The Jordanian king, Tomas Brel, flew home to Jordan on Tuesday.", "Tomas Brel", "Jordan")]
    [InlineData("Tomas Brel, the Jordanian king, flew home to Jordan on Tuesday.", "Tomas Brel", "Jordan")]
    [InlineData("Aides met Tomas Brel, the Jordanian king whose country, Jordan, hosts the talks.", "Tomas Brel", "Jordan")]
    public void ATitleWithItsCountryMakesALeader(string text, string person, string country) =>
        Assert.True(Extraction.Of(text).HasRelation(RelationType.LeaderOf, person, country));

    [Theory]
    [InlineData("Crown Prince Amir Dazi of Saudi Arabia arrived in Washington on Tuesday.")]
    [InlineData("Former President Rado Varga of the Philippines arrived in Washington on Tuesday.")]
    [InlineData("Vice President Rado Varga of the Philippines arrived in Washington on Tuesday.")]
    public void AnHeirAFormerOrADeputyIsNoLeader(string text) =>
        Assert.DoesNotContain(Extraction.Of(text).Relations, r => r.Type == RelationType.LeaderOf);

    [Fact]
    public void ADemonymWithoutTheCountryNamedCreatesNoLeader() =>
        Assert.DoesNotContain(Extraction.Of("Tomas Brel, the Jordanian king, flew home on Tuesday.").Relations, r => r.Type == RelationType.LeaderOf);

    [Fact]
    public void ACountryClosingAHeadlineIsNotThePresidentsOfTheNextBlock()
    {
        var graph = Extraction.Of("Holm greets sailors freed by North Korea\n\nPresident Peter Holm welcomed the sailors at the White House. The U.S. thanked Sweden.");
        Assert.True(graph.HasRelation(RelationType.LeaderOf, "Peter Holm", "U.S."));
        Assert.False(graph.HasRelation(RelationType.LeaderOf, "Peter Holm", "North Korea"));
    }

    [Fact]
    public void SomeoneNamedOnceBeforeABareLeaderTitleIsNotTheLeader()
    {
        var graph = Extraction.Of("President Peter Holm spoke in Seoul on Monday. Holm hit out at NBC's Dana Quist after an interview about the North Korean leader. " +
            "North Korea said nothing.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.LeaderOf && r.Source == graph.Named("Dana Quist").Id);
    }

    [Fact]
    public void TheKingLaterIsTheOneKingNamedBefore() =>
        Assert.True(Extraction.Of("Jordanian King Tomas Brel arrived in Washington on Tuesday. The king met Peter Holm at the White House. Jordan and the U.S. signed a deal.")
            .HasRelation(RelationType.Met, "Tomas Brel", "Peter Holm", MeetingStatus.Held));

    [Fact]
    public void ThePresidentIsNotTheOneForeignPresidentNamed()
    {
        var graph = Extraction.Of("South Korean president Moon Sae-jin favors talks. Few know what to make of Peter Holm. " +
            "This gives the American president an opening. The president says he will meet with Chen Weiming by May.");
        Assert.True(graph.HasRelation(RelationType.Met, "Peter Holm", "Chen Weiming", MeetingStatus.Planned));
        Assert.False(graph.HasRelation(RelationType.Met, "Moon Sae-jin", "Chen Weiming", MeetingStatus.Planned));
    }
}
