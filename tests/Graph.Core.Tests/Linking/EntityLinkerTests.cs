using System.Collections.Immutable;
using Graph.Core.Linking;

namespace Graph.Core.Tests.Linking;

/// <summary>Linking on made-up people and organisations: each rule, its limits, and order independence.</summary>
public sealed class EntityLinkerTests
{
    [Fact]
    public void SurnameUsedForOnePersonJoinsThatPerson()
    {
        var links = EntityLinker.Link([
            Raw("person:ana-varga", 40, ("Ana Varga", 40, 40), ("Varga", 35, 0)),
            Raw("person:varga", 12, ("Varga", 12, 12)),
        ]);

        Assert.Equal("person:ana-varga", Assert.Single(links).EntityId);
    }

    [Fact]
    public void SurnameSharedByTwoPeopleStaysApart()
    {
        var links = EntityLinker.Link([
            Raw("person:ana-varga", 40, ("Ana Varga", 40, 40), ("Varga", 30, 0)),
            Raw("person:tomas-varga", 20, ("Tomas Varga", 20, 20), ("Varga", 15, 0)),
            Raw("person:varga", 12, ("Varga", 12, 12)),
        ]);

        Assert.Empty(links);
    }

    [Fact]
    public void SurnameNeedsMoreThanOneArticleOfEvidence()
    {
        var links = EntityLinker.Link([
            Raw("person:ana-varga", 1, ("Ana Varga", 1, 1), ("Varga", 1, 0)),
            Raw("person:varga", 12, ("Varga", 12, 12)),
        ]);

        Assert.Empty(links);
    }

    [Fact]
    public void NicknameAndFormalGivenNameAreOnePerson()
    {
        var links = EntityLinker.Link([
            Raw("person:william-okafor", 30, ("William Okafor", 30, 30)),
            Raw("person:bill-okafor", 8, ("Bill Okafor", 8, 8)),
            Raw("person:grace-okafor", 9, ("Grace Okafor", 9, 9)),
        ]);

        var link = Assert.Single(links);
        Assert.Equal(("person:bill-okafor", "person:william-okafor"), (link.RawId, link.EntityId));
    }

    [Fact]
    public void MiddleInitialJoinsThePlainName()
    {
        var links = EntityLinker.Link([
            Raw("person:peter-holm", 30, ("Peter Holm", 30, 30)),
            Raw("person:peter-q-holm", 6, ("Peter Q. Holm", 6, 6)),
            Raw("person:peter-quincy-holm", 2, ("Peter Quincy Holm", 2, 2)),
        ]);

        Assert.Equal(["person:peter-q-holm", "person:peter-quincy-holm"], links.Select(link => link.RawId));
        Assert.All(links, link => Assert.Equal("person:peter-holm", link.EntityId));
    }

    [Fact]
    public void DifferentMiddleInitialsAreDifferentPeopleAndThePlainNameJoinsNeither()
    {
        var links = EntityLinker.Link([
            Raw("person:peter-holm", 10, ("Peter Holm", 10, 10)),
            Raw("person:peter-q-holm", 20, ("Peter Q. Holm", 20, 20)),
            Raw("person:peter-r-s-holm", 15, ("Peter R.S. Holm", 15, 15)),
        ]);

        Assert.Empty(links);
    }

    [Fact]
    public void GenerationalSuffixKeepsFatherAndSonApart()
    {
        var links = EntityLinker.Link([
            Raw("person:marco-bellini", 30, ("Marco Bellini", 30, 30), ("Bellini", 20, 0)),
            Raw("person:marco-bellini-jr", 5, ("Marco Bellini Jr.", 5, 5)),
        ]);

        Assert.Empty(links);
    }

    [Fact]
    public void SurnameWithSuffixJoinsTheOnlyFullNameWithBoth()
    {
        var links = EntityLinker.Link([
            Raw("person:marco-bellini", 30, ("Marco Bellini", 30, 30)),
            Raw("person:marco-bellini-jr", 5, ("Marco Bellini Jr.", 5, 5)),
            Raw("person:bellini-jr", 3, ("Bellini Jr.", 3, 3)),
        ]);

        var link = Assert.Single(links);
        Assert.Equal(("person:bellini-jr", "person:marco-bellini-jr"), (link.RawId, link.EntityId));
    }

    [Fact]
    public void ParticleBeforeTheSurnameIsIgnored()
    {
        var links = EntityLinker.Link([
            Raw("person:omar-al-rashid", 10, ("Omar al-Rashid", 10, 10)),
            Raw("person:omar-rashid", 4, ("Omar Rashid", 4, 4)),
        ]);

        Assert.Equal("person:omar-al-rashid", Assert.Single(links).EntityId);
    }

    [Fact]
    public void NameWrittenSurnameFirstJoinsTheCommonReading()
    {
        var links = EntityLinker.Link([
            Raw("person:peter-holm", 30, ("Peter Holm", 30, 30)),
            Raw("person:holm-peter-quincy", 4, ("Holm Peter Quincy", 4, 4)),
        ]);

        Assert.Equal("person:peter-holm", Assert.Single(links).EntityId);
    }

    [Fact]
    public void SurnameFirstNameIsLinkedThroughTheAliasesArticlesGaveIt()
    {
        // A family name written first (East Asian order): the alias evidence, not the position, decides.
        var links = EntityLinker.Link([
            Raw("person:park-min-ho", 25, ("Park Min-ho", 25, 25), ("Park", 20, 0)),
            Raw("person:park", 7, ("Park", 7, 7)),
        ]);

        Assert.Equal("person:park-min-ho", Assert.Single(links).EntityId);
    }

    [Fact]
    public void NameSeenMostlyAsPersonIsAPersonEverywhere()
    {
        var links = EntityLinker.Link([
            Raw("person:lena-ortiz", 12, ("Lena Ortiz", 12, 12)),
            Raw("org:lena-ortiz", 2, ("Lena Ortiz", 2, 2)),
        ]);

        var link = Assert.Single(links);
        Assert.Equal(("org:lena-ortiz", "person:lena-ortiz"), (link.RawId, link.EntityId));
        Assert.Contains("type vote", link.Reason);
    }

    [Fact]
    public void AcronymJoinsTheOnlyOrganisationWithThoseInitials()
    {
        var links = EntityLinker.Link([
            Raw("org:national-weather-bureau", 9, ("National Weather Bureau", 9, 9)),
            Raw("org:nwb", 5, ("NWB", 5, 5)),
            Raw("org:northern-water-board", 0, ("Northern Water", 1, 1)),
        ]);

        Assert.Equal(("org:nwb", "org:national-weather-bureau"), (links.Single().RawId, links.Single().EntityId));
    }

    [Fact]
    public void AcronymThatFitsTwoOrganisationsStaysApart()
    {
        var links = EntityLinker.Link([
            Raw("org:national-weather-bureau", 9, ("National Weather Bureau", 9, 9)),
            Raw("org:northern-water-board", 4, ("Northern Water Board", 4, 4)),
            Raw("org:nwb", 5, ("NWB", 5, 5)),
        ]);

        Assert.Empty(links);
    }

    [Fact]
    public void TheLinkedEntityKeepsTheIdOfItsMostUsedFullName()
    {
        var links = EntityLinker.Link([
            Raw("person:varga", 90, ("Varga", 90, 90)),
            Raw("person:ana-varga", 40, ("Ana Varga", 40, 40), ("Varga", 35, 0)),
        ]);

        Assert.Equal(("person:varga", "person:ana-varga"), (links.Single().RawId, links.Single().EntityId));
    }

    [Fact]
    public void LinksDoNotDependOnTheOrderOfTheInput()
    {
        RawEntity[] entities =
        [
            Raw("person:ana-varga", 40, ("Ana Varga", 40, 40), ("Varga", 35, 0)),
            Raw("person:varga", 12, ("Varga", 12, 12)),
            Raw("person:william-okafor", 30, ("William Okafor", 30, 30), ("Okafor", 10, 0)),
            Raw("person:bill-okafor", 8, ("Bill Okafor", 8, 8), ("Okafor", 3, 0)),
            Raw("person:okafor", 4, ("Okafor", 4, 4)),
            Raw("person:holm-peter-quincy", 4, ("Holm Peter Quincy", 4, 4)),
            Raw("person:peter-holm", 30, ("Peter Holm", 30, 30)),
            Raw("org:lena-ortiz", 2, ("Lena Ortiz", 2, 2)),
            Raw("person:lena-ortiz", 12, ("Lena Ortiz", 12, 12)),
        ];
        var expected = EntityLinker.Link(entities);
        var random = new Random(7);
        for (var trial = 0; trial < 20; trial++)
        {
            var shuffled = entities.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, EntityLinker.Link(shuffled));
        }
        Assert.Contains(expected, link => link.RawId == "person:okafor" && link.EntityId == "person:william-okafor");
    }

    private static RawEntity Raw(string id, int articles, params (string Name, int Articles, int Canonical)[] names) =>
        new(id, articles, names.Select(name => new NameUse(name.Name, name.Articles, name.Canonical)).ToImmutableArray());
}
