using System.Text.Json.Nodes;
using Graph.Core.Model;

namespace Graph.Core.Tests;

public sealed class GraphJsonTests
{
    private static readonly ArticleGraph Sample = new(
        "a.txt", "Title", "Outlet",
        [new Entity("person:a-b", EntityType.Person, "A B", ["B"], [new TextSpan(0, 3, "A B")])],
        [
            new Relation(RelationType.Met, "person:a-b", "person:c-d", MeetingStatus.Planned, null, new TextSpan(0, 3, "A B")),
            new Relation(RelationType.AffiliatedWith, "person:a-b", "org:e", null, "fellow", new TextSpan(0, 3, "A B")),
        ],
        [new Quote("person:a-b", "hello", ["person:c-d"], 10, 15, "said")]);

    [Fact]
    public void DocumentUsesTheContractsNamesAndValues()
    {
        var json = JsonNode.Parse(GraphJson.Serialize(Sample))!;

        Assert.Equal("a.txt", (string?)json["source"]);
        Assert.Equal("Person", (string?)json["entities"]![0]!["type"]);
        Assert.Equal("MET", (string?)json["relations"]![0]!["type"]);
        Assert.Equal("planned", (string?)json["relations"]![0]!["status"]);
        Assert.Equal("AFFILIATED_WITH", (string?)json["relations"]![1]!["type"]);
        Assert.Equal("fellow", (string?)json["relations"]![1]!["role"]);
        Assert.Equal(15, (int?)json["quotes"]![0]!["end"]);
        Assert.Equal("said", (string?)json["quotes"]![0]!["cue"]);
    }

    [Fact]
    public void StatusIsLeftOutOfRelationsOtherThanMet()
    {
        var json = JsonNode.Parse(GraphJson.Serialize(Sample))!;

        Assert.Null(json["relations"]![1]!["status"]);
    }

    [Fact]
    public void DocumentIsOneLineAndRoundTrips()
    {
        var text = GraphJson.Serialize(Sample);

        Assert.DoesNotContain('\n', text);
        Assert.Equal(GraphJson.Serialize(GraphJson.Deserialize(text)), text);
    }
}
