using Graph.Core.Model;

namespace Graph.Extraction.Tests.Recognition;

/// <summary>Institutions, programmes, places and eras written like names are not people.</summary>
public sealed class NotAPersonTests
{
    private static void NoPerson(ArticleGraph graph, string words) =>
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person && e.Name.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void AnInstitutionJoinedByForAndAndIsOneName()
    {
        var graph = Extraction.Of("The Centers for Disease Control and Prevention said on Monday that flu cases rose.");
        NoPerson(graph, "Disease");
        NoPerson(graph, "Prevention");
    }

    [Fact]
    public void AProgrammeJoinedByForIsNoPerson() =>
        NoPerson(Extraction.Of("The Deferred Action for Childhood Arrivals program was ended on Tuesday."), "Arrivals");

    [Fact]
    public void ACountryAbbreviationIsNeverAFirstName() =>
        NoPerson(Extraction.Of("He said the U.S. Constitution was clear about the powers of Congress."), "Constitution");

    [Fact]
    public void AnEraIsNoPerson() =>
        NoPerson(Extraction.Of("Growth has been slow since the Great Recession, the report said."), "Recession");

    [Fact]
    public void ACommonPhraseWithoutAnySignOfAPersonIsNoPerson() =>
        NoPerson(Extraction.Of("Agents of the border force said Border Patrol stations were full. The patrol will grow."), "Border Patrol");

    [Fact]
    public void AGivenNameThatIsAlsoAWordStillNamesAPerson()
    {
        var graph = Extraction.Of("The bill passed on Monday, though Bill Haskins voted against it. Haskins said he would try again.");
        Assert.Contains(graph.Entities, e => e.Type == EntityType.Person && e.Name == "Bill Haskins");
    }

    [Fact]
    public void ACommonFirstWordWithATitleIsStillAPerson()
    {
        var graph = Extraction.Of("Sen. Border Hale said the wall would rise along the border.");
        Assert.Contains(graph.Entities, e => e.Type == EntityType.Person && e.Name == "Border Hale");
    }

    [Fact]
    public void ACountryHyphenatedToAnInstitutionIsPartOfItsName()
    {
        var graph = Extraction.Of("Experts at the U.S.-Korea Institute said the talks would resume.");
        Assert.Contains(graph.Entities, e => e.Type == EntityType.Organization && e.Name == "U.S.-Korea Institute");
    }

    [Fact]
    public void AnAdjectiveBeforeADottedCountryIsNoPerson() =>
        NoPerson(Extraction.Of("Previous U.S. presidents failed to reach a deal, he said."), "U.S.");

    [Fact]
    public void ADottedCountryMissingItsLastDotIsStillTheCountry()
    {
        var graph = Extraction.Of("He was linked by U.S intelligence to a cyber attack, officials said.");
        NoPerson(graph, "U.S");
        Assert.Contains(graph.Entities, e => e.Type == EntityType.Country && e.Name == "United States");
    }

    [Fact]
    public void ACommonPhraseEndingTheArticleIsCheckedWithoutFailing() =>
        NoPerson(Extraction.Of("The border is long. The report was written for Border Patrol"), "Border Patrol");

    [Fact]
    public void ATitlesWordBeforeJuniorIsASurname()
    {
        var graph = Extraction.Of("Crowds honored Martin Luther King Jr. in Atlanta on Monday.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person && e.Name == "Martin Luther");
    }

    [Fact]
    public void AGroupNamedByAWordTheArticleWritesInLowerCaseIsNoPerson() =>
        NoPerson(Extraction.Of("Campaigners said rights came first. Civic Rights group Libertas argued the case in court."), "Civic Rights");

    [Fact]
    public void ABodyNamedByCommonWordsThatSpeaksIsAnOrganisation()
    {
        var graph = Extraction.Of("The plan is not fair, says Fair Ledger. The council was slow, Fair Ledger said.");
        NoPerson(graph, "Ledger");
        Assert.Equal(EntityType.Organization, graph.Named("Fair Ledger").Type);
    }

    [Fact]
    public void APersonWhoseSurnameIsACommonWordStaysAPerson() =>
        Assert.Equal(EntityType.Person, Extraction.Of("Ana Brook said she would stand. The brook by the school was dry.").Named("Ana Brook").Type);

    [Fact]
    public void TheBodyASpecialistWorksForIsAnOrganisation()
    {
        var graph = Extraction.Of("\"It is a blank check,\" said Ivo Stern, an energy specialist for Fair Ledger.");
        NoPerson(graph, "Ledger");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ivo Stern", "Fair Ledger"));
    }

    [Fact]
    public void ANameEndingInALowerCaseParticleStaysAPerson() =>
        Assert.Equal(EntityType.Person, Extraction.Of("The group said Abu Karim al-Varga was killed in the raid.").Named("Abu Karim al-Varga").Type);

    [Theory]
    [InlineData("Officers of the Harbour Patrol stopped the boat.", "Harbour Patrol")]
    [InlineData("Members of the Valley Klan marched through the town.", "Valley Klan")]
    public void APatrolOrAKlanIsAnOrganisation(string text, string name) =>
        Assert.Equal(EntityType.Organization, Extraction.Of(text).Named(name).Type);

    [Theory]
    [InlineData("Fans filled the stadium for the Harbour Bowl on Sunday.", "Harbour Bowl")]
    [InlineData("Factories closed across the Rust Plain in the decade.", "Rust Plain")]
    [InlineData("Voters in the 5th Hale District chose a new member.", "Hale District")]
    public void ANameThatOnlyFollowsAnArticleOrAnOrdinalIsNoPerson(string text, string name) =>
        NoPerson(Extraction.Of(text), name);

    [Fact]
    public void APersonWhoseWorkIsNamedAfterThemStaysAPerson() =>
        Assert.Equal(EntityType.Person, Extraction.Of("Critics praised the Ana Varga novel, a tale of the sea.").Named("Ana Varga").Type);

    [Fact]
    public void ANameWrittenWithoutAnArticleElsewhereStaysAPerson() =>
        Assert.Equal(EntityType.Person, Extraction.Of("The Ana Varga I knew was kind. Ana Varga said she would return.").Named("Ana Varga").Type);

    [Theory]
    [InlineData("Readers of the Gazette's Morning Digest saw the story first.", "Morning")]
    [InlineData("Talks with Lagos's Brelic Overnight Defense: the talks went on.", "Overnight")]
    public void ANewsletterWordIsNoPartOfAName(string text, string word) =>
        NoPerson(Extraction.Of(text), word);

    [Theory]
    [InlineData("Ana Price said the plan would work. The price of bread rose.", "Ana Price")]
    [InlineData("Tomas Long said the road was closed. The long wait went on.", "Tomas Long")]
    public void ACommonGivenNameBeforeACommonWordNamesAPerson(string text, string name) =>
        Assert.Equal(EntityType.Person, Extraction.Of(text).Named(name).Type);

    [Theory]
    [InlineData("Political Correspondent Ivo Stern reported the vote.", "Ivo Stern")]
    [InlineData("Adviser-designate Ivo Stern met the envoy.", "Ivo Stern")]
    [InlineData("Harbour Gazette Senior Correspondent Ivo Stern wrote it.", "Ivo Stern")]
    public void APostGluedBeforeANameIsNoPartOfIt(string text, string name) =>
        Assert.Equal(EntityType.Person, Extraction.Of(text).Named(name).Type);

    [Fact]
    public void AQuestionVerbOpeningASentenceIsNoPartOfAName()
    {
        var graph = Extraction.Of("Ivo Stern spoke on Monday. Did Stern know about the plan?");
        NoPerson(graph, "Did");
    }

    [Fact]
    public void TheShortNameOfAnInstitutionOfTheArticleIsNoPerson()
    {
        var graph = Extraction.Of("Parents gathered outside Harbour Point Elementary School on Monday. Since Harbour Point, the town has changed.");
        NoPerson(graph, "Harbour Point");
    }

    [Fact]
    public void APersonAnInstitutionIsNamedAfterStaysAPersonWhenTakenUpByAPronoun()
    {
        var graph = Extraction.Of("The Ivo Stern Foundation gave money. Since Ivo Stern left, he has written books.");
        Assert.Equal(EntityType.Person, graph.Named("Ivo Stern").Type);
    }

    [Theory]
    [InlineData("Brel was interviewed by Brelic Report on Monday.", "Brelic Report")]
    [InlineData("Brel wrote for Coastal Standard for a decade.", "Coastal Standard")]
    [InlineData("Brel appealed to Holm Circuit judges on Monday.", "Holm Circuit")]
    public void APublicationOrACourtNamedByItsHeadWordIsAnOrganisation(string text, string name) =>
        Assert.Equal(EntityType.Organization, Extraction.Of(text).Named(name).Type);

    [Theory]
    [InlineData("Brel toured Rust Plain Belt towns on Monday.", "Rust Plain Belt")]
    [InlineData("Brel won Hale District by a wide margin.", "Hale District")]
    [InlineData("Brel watched Harbour Bowl with his sons.", "Harbour Bowl")]
    public void ABeltADistrictOrABowlIsNoPerson(string text, string name) =>
        NoPerson(Extraction.Of(text), name);

    [Fact]
    public void ANameOnlyEverAfterInOrAtIsAPlace()
    {
        var graph = Extraction.Of("Protesters gathered at City Hall. Mayor Tomas Brel said he would meet them in the city. The flood in Lower Vale was lower than feared.");
        Assert.Single(graph.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(EntityType.Person, graph.Named("Tomas Brel").Type);
    }

    [Fact]
    public void APersonNamedElsewhereWithoutInOrAtStaysAPerson()
    {
        var graph = Extraction.Of("Ana Varga spoke at length. Tomas Brel, who trusts Ana Varga, agreed. In Ana Varga's view, the plan works. "
            + "Reporters shouted at Mitch Holm as he left.");
        Assert.Equal(EntityType.Person, graph.Named("Ana Varga").Type);
        Assert.Equal(EntityType.Person, graph.Named("Mitch Holm").Type);
    }

    [Fact]
    public void ANameOfCommonWordsIsNoPersonForAPronounNearby()
    {
        var graph = Extraction.Of("Civil Rights were at stake, Tomas Brel said. He called for more rights for civil servants.");
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Civil Rights" && e.Type == EntityType.Person);
        Assert.Equal(EntityType.Person, graph.Named("Tomas Brel").Type);
    }

    [Fact]
    public void ABodyOfCommonWordsThatSpeaksIsAnOrganisation()
    {
        var graph = Extraction.Of("Pensions are a growing concern for older people, says Older Concern. She said the age of retirement must be kept.");
        Assert.Equal(EntityType.Organization, graph.Named("Older Concern").Type);
    }

    [Theory]
    [InlineData("Dunmore Prison")]
    [InlineData("Carlow Barracks")]
    public void APrisonOrBarracksIsNoPerson(string name)
    {
        var graph = Extraction.Of($"Tomas Brel was held at {name} for a week before he was moved.");
        Assert.DoesNotContain(graph.Entities, e => e.Name == name && e.Type == EntityType.Person);
    }
}
