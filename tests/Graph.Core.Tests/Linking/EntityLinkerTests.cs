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
    public void AnEntityThatUsedASurnameInOneArticleDoesNotSpoilTheEvidenceOfAnother()
    {
        var links = EntityLinker.Link([
            Raw("person:ana-varga", 10, ("Ana Varga", 10, 10), ("Varga", 5, 0)),
            Raw("person:tomas-varga", 1, ("Tomas Varga", 1, 1), ("Varga", 1, 0)),
            Raw("person:varga-tweet", 1, ("Varga Tweet", 1, 1), ("Varga", 1, 0)),
            Raw("person:varga", 3, ("Varga", 3, 3)),
        ]);

        Assert.Equal("person:ana-varga", Assert.Single(links, link => link.RawId == "person:varga").EntityId);
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
    public void TwoNamesRunTogetherDoNotReachAPersonThroughASurnameFirstSpelling()
    {
        // "Peter Holm Ana Varga" read surname first is "Holm Ana Varga Peter", whose given name and surname are
        // those of "Holm Peter", itself only a surname-first spelling of Peter Holm: no chain of two readings.
        var links = EntityLinker.Link([
            Raw("person:peter-holm", 40, ("Peter Holm", 40, 40)),
            Raw("person:holm-peter", 5, ("Holm Peter", 5, 5)),
            Raw("person:peter-holm-ana-varga", 1, ("Peter Holm Ana Varga", 1, 1)),
        ]);

        var link = Assert.Single(links);
        Assert.Equal(("person:holm-peter", "person:peter-holm"), (link.RawId, link.EntityId));
    }

    [Fact]
    public void AMiddleInitialIsNeverReadAsTheGivenNameOfASurnameFirstSpelling()
    {
        // "Peter Q. Holm" moved round would be "Q. Holm Peter": not a reading of "Q. Tomas Peter".
        var links = EntityLinker.Link([
            Raw("person:q-tomas-peter", 30, ("Q. Tomas Peter", 30, 30)),
            Raw("person:peter-q-holm", 3, ("Peter Q. Holm", 3, 3)),
        ]);

        Assert.Empty(links);
    }

    [Fact]
    public void ASurnameFirstSpellingKeepsItsMiddleNamesApartFromOtherMiddleNames()
    {
        // "Holm Peter Quincy" is Peter Q. Holm, never Peter R. Holm.
        var links = EntityLinker.Link([
            Raw("person:peter-r-holm", 30, ("Peter R. Holm", 30, 30)),
            Raw("person:holm-peter-quincy", 3, ("Holm Peter Quincy", 3, 3)),
        ]);

        Assert.Empty(links);
    }

    [Fact]
    public void AWordSeenBeforeSeveralNamesIsAStrayWordEvenWhenItAlsoStandsBeforeASurname()
    {
        var links = EntityLinker.Link([
            Raw("person:peter-holm", 40, ("Peter Holm", 40, 40)),
            Raw("person:ana-varga", 40, ("Ana Varga", 40, 40)),
            Raw("person:tomas-brel", 40, ("Tomas Brel", 40, 40)),
            Raw("person:senators-peter-holm", 2, ("Senators Peter Holm", 2, 2)),
            Raw("person:senators-holm", 2, ("Senators Holm", 2, 2), ("Senators Peter Holm", 1, 0)),
            Raw("person:senators-ana-varga", 2, ("Senators Ana Varga", 2, 2)),
            Raw("person:senators-tomas-brel", 2, ("Senators Tomas Brel", 2, 2)),
        ]);

        Assert.Equal("person:peter-holm", links.Single(link => link.RawId == "person:senators-peter-holm").EntityId);
        Assert.Equal("person:ana-varga", links.Single(link => link.RawId == "person:senators-ana-varga").EntityId);
    }

    [Fact]
    public void TheEndOfAFarMoreCommonThreeWordNameIsThatName()
    {
        var links = EntityLinker.Link([
            Raw("person:marta-zoltan-varga", 60, ("Marta Zoltan Varga", 60, 60)),
            Raw("person:zoltan-varga", 6, ("Zoltan Varga", 6, 6)),
            // A known given name first: Peter Holm may be another person than Ana Peter Holm.
            Raw("person:ana-peter-holm", 60, ("Ana Peter Holm", 60, 60)),
            Raw("person:peter-holm", 6, ("Peter Holm", 6, 6)),
        ]);

        var link = Assert.Single(links);
        Assert.Equal(("person:zoltan-varga", "person:marta-zoltan-varga"), (link.RawId, link.EntityId));
    }

    [Fact]
    public void ASurnameWithASuffixJoinsTheFullNameThatHoldsNearlyAllOfItsArticles()
    {
        var links = EntityLinker.Link([
            Raw("person:marco-bellini-jr", 60, ("Marco Bellini Jr.", 60, 60)),
            Raw("person:senators-bellini-jr", 1, ("Senators Bellini Jr.", 1, 1)),
            Raw("person:bellini-jr", 9, ("Bellini Jr.", 9, 9)),
        ]);

        Assert.Equal("person:marco-bellini-jr", links.Single(link => link.RawId == "person:bellini-jr").EntityId);
    }

    [Fact]
    public void ASurnameFirstSpellingWithASuffixKeepsTheSuffix()
    {
        var links = EntityLinker.Link([
            Raw("person:peter-holm", 40, ("Peter Holm", 40, 40)),
            Raw("person:peter-holm-jr", 20, ("Peter Holm Jr.", 20, 20)),
            Raw("person:holm-jr-peter", 4, ("Holm Jr. Peter", 4, 4)),
        ]);

        var link = Assert.Single(links);
        Assert.Equal(("person:holm-jr-peter", "person:peter-holm-jr"), (link.RawId, link.EntityId));
    }

    [Fact]
    public void AWordBeforeAMuchMoreCommonNameIsThatName()
    {
        var links = EntityLinker.Link([
            Raw("person:peter-holm", 40, ("Peter Holm", 40, 40)),
            Raw("person:senators-peter-holm", 6, ("Senators Peter Holm", 6, 6)),
            Raw("person:ana-varga", 10, ("Ana Varga", 10, 10)),
            Raw("person:marta-ana-varga", 5, ("Marta Ana Varga", 5, 5)),
            // A known given name first: a full name with a middle name, not a stray word.
            Raw("person:peter-brel", 30, ("Peter Brel", 30, 30)),
            Raw("person:thomas-peter-brel", 2, ("Thomas Peter Brel", 2, 2)),
            // Already a spelling of another full name: "Zed Peter Holm" is Zed Holm, not Peter Holm.
            Raw("person:zed-holm", 10, ("Zed Holm", 10, 10)),
            Raw("person:zed-peter-holm", 2, ("Zed Peter Holm", 2, 2)),
        ]);

        // Ana Varga is not three times as common as Marta Ana Varga: both stay.
        Assert.Equal(
            [("person:senators-peter-holm", "person:peter-holm"), ("person:zed-peter-holm", "person:zed-holm")],
            links.Select(link => (link.RawId, link.EntityId)).ToList());
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
