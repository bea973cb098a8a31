using Graph.Core.Model;

namespace Graph.Extraction.Tests.Recognition;

public sealed class NameTests
{
    [Fact]
    public void EastAsianNamesResolveFromTheirFamilyName()
    {
        var graph = Extraction.Of("Chinese Premier Chen Weiming arrived on Monday. Chen said the visit went well.");
        var chen = graph.Named("Chen Weiming");
        Assert.Equal(EntityType.Person, chen.Type);
        Assert.Equal(2, chen.Mentions.Length);
    }

    [Fact]
    public void WesternNamesResolveFromTheirSurname()
    {
        var graph = Extraction.Of("Tomas Brandt, a researcher at the Baltic Policy Institute, spoke first. Brandt said little.");
        Assert.Equal(2, graph.Named("Tomas Brandt").Mentions.Length);
        Assert.Single(graph.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void HyphenatedAndSpacedSpellingsAreOnePerson()
    {
        var graph = Extraction.Of("President Park Ji-seon spoke. Later Park Ji Seon left the hall.");
        Assert.Single(graph.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void MiddleInitialsStayInTheCanonicalNameAndThePlainNameJoinsIt()
    {
        var graph = Extraction.Of("Maria T. Okafor, a fellow at the Lagos Peace Institute, said talks matter. Maria Okafor left.");
        var person = graph.Named("Maria T. Okafor");
        Assert.Equal("Maria T. Okafor", person.Name);
        Assert.Contains("Maria Okafor", person.Aliases);
    }

    [Fact]
    public void NamesThatDifferByTheirMiddleInitialsAreTwoPeople()
    {
        var graph = Extraction.Of("Tomas R. Varga spoke first. His son, Tomas K.L. Varga, spoke next. Tomas KL Varga agreed.");
        Assert.NotEqual(graph.Named("Tomas R. Varga").Id, graph.Named("Tomas K.L. Varga").Id);
        Assert.Equal(graph.Named("Tomas K.L. Varga").Id, graph.Named("Tomas KL Varga").Id);
    }

    [Fact]
    public void EntityIdsComeFromTypeAndCanonicalName()
    {
        var graph = Extraction.Of("Chinese Premier Chen Weiming arrived on Monday.");
        Assert.Equal(EntityId.For(EntityType.Person, "Chen Weiming"), graph.Named("Chen Weiming").Id);
    }

    [Fact]
    public void TwoPeopleWithTheSameFamilyNameStayApart()
    {
        var graph = Extraction.Of(
            "North Korean leader Lim Pyong Chol met envoys on Friday. Lim said the talks were useful.\n\n" +
            "Ana Soo Lim in Seoul contributed to this report.");
        var leader = graph.Named("Lim Pyong Chol");
        var reporter = graph.Named("Ana Soo Lim");
        Assert.NotEqual(leader.Id, reporter.Id);
        Assert.Equal(2, leader.Mentions.Length);
    }

    [Fact]
    public void NamesInCapitalsAreMatchedToKnownPeople()
    {
        var graph = Extraction.Of("Chinese Premier Chen Weiming spoke.\n\n\u201cI HAD A GOOD TALK WITH CHEN WEIMING,\u201d the president wrote.");
        Assert.Contains(graph.Named("Chen Weiming").Mentions, m => m.Text == "CHEN WEIMING");
    }

    [Fact]
    public void HeadlineCaseLinesCreateNoNewNames()
    {
        var graph = Extraction.Of("Talks Will Resume After Long Pause Says Envoy\n\nThe envoy said nothing else.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void WordsThatStartSentencesAreNotPeople()
    {
        var graph = Extraction.Of("Successive Canadian governments tried. Amid the talks, little changed.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void ACountrysNameCanBeASurnameOrAGivenName()
    {
        var graph = Extraction.Of("Representative Ada Jordan spoke, and then Chad Okafor replied.");
        Assert.Equal(EntityType.Person, graph.Named("Ada Jordan").Type);
        Assert.Equal(EntityType.Person, graph.Named("Chad Okafor").Type);
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Country);
    }

    [Theory]
    [InlineData("Mayor Ana de Brel said the city would hire teachers.", "Ana de Brel")]
    [InlineData("Commission President Lena von der Holm met the envoy.", "Lena von der Holm")]
    [InlineData("Crown Prince Omar bin Rashid visited the port.", "Omar bin Rashid")]
    [InlineData("Tomas van Kessel wrote the report.", "Tomas van Kessel")]
    public void LowerCaseParticlesBelongToTheSurname(string text, string name) =>
        Assert.Equal(EntityType.Person, Extraction.Of(text).Named(name).Type);

    [Fact]
    public void ParticlesDoNotJoinAPlaceWordOrACountryToAName()
    {
        var graph = Extraction.Of("The race ended in the Stade de France, far from Puerto de Varga.");
        Assert.DoesNotContain(graph.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Ana Luisa King said the march would go on.", "Ana Luisa King")]
    [InlineData("The firm of Tomas Prince, a former officer, won the contract.", "Tomas Prince")]
    public void ATitleWordEndingANameIsASurname(string text, string name) =>
        Assert.Equal(EntityType.Person, Extraction.Of(text).Named(name).Type);

    [Fact]
    public void ATitleBeforeANameAfterAnotherNameStaysATitle()
    {
        var graph = Extraction.Of("Ana Varga met Prince Tomas in the palace.");
        Assert.Equal(EntityType.Person, graph.Named("Ana Varga").Type);
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Varga Prince", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Welshman Tomas Brel won the final.", "Tomas Brel")]
    [InlineData("Briton Ana Varga finished second.", "Ana Varga")]
    [InlineData("The tycoon spoke first. Tycoon Peter Paul Holm spoke next.", "Peter Paul Holm")]
    [InlineData("Senators Ana Varga and Tomas Brel voted no.", "Ana Varga")]
    [InlineData("Ask Ana Varga what she thinks.", "Ana Varga")]
    [InlineData("Maybe Ana Varga will run again.", "Ana Varga")]
    public void AWordDescribingThePersonIsNotPartOfTheName(string text, string name)
    {
        var graph = Extraction.Of(text);
        Assert.Equal(EntityType.Person, graph.Named(name).Type);
        Assert.Single(graph.Entities, e => e.Type == EntityType.Person && e.Name.EndsWith(name.Split(' ')[^1], StringComparison.Ordinal) && e.Name.StartsWith(name.Split(' ')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void AGenerationalSuffixAfterAFullNameIsTheSamePerson()
    {
        var graph = Extraction.Of("Ana Maria Varga Jr. spoke at the rally. Later Ana Maria Varga spoke again, and Varga left.");
        var person = Assert.Single(graph.Entities, e => e.Type == EntityType.Person);
        Assert.Contains("Ana Maria Varga", person.Aliases.Append(person.Name));
        Assert.Equal(3, person.Mentions.Length);
    }

    [Fact]
    public void ALinkCardAfterATitledSurnameLeavesTheSurnameAlone()
    {
        var graph = Extraction.Of("Tomas Holm spoke on Monday. The plan was backed by Mayor Holm Tomas Peter HolmSenators balk at harbour plan Ana Varga wins the race MORE, who called it fair.");
        var holm = Assert.Single(graph.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Holm", StringComparison.Ordinal));
        Assert.Equal("Tomas Holm", holm.Name);
    }

    [Fact]
    public void ALinkCardWithANicknameEndsTheNameBeforeIt()
    {
        var graph = Extraction.Of("Senate leader Peter Brel Petrus (Piet) Anton BrelCouncil vote delayed again MORE said the bill would pass.");
        var brel = Assert.Single(graph.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Peter Brel", brel.Name);
    }

    [Fact]
    public void AGenerationalSuffixAfterTwoWordsNamesTheSon()
    {
        var graph = Extraction.Of("Tomas Brel Jr. met Tomas Brel at the farm.");
        Assert.Equal(2, graph.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void APartyBeforeAPluralPostStillTiesTheNamesAfterIt()
    {
        var graph = Extraction.Of("The letter was written by Republican Senators Ana Varga and Tomas Brel of Ohio.");
        Assert.Equal(EntityType.Person, graph.Named("Ana Varga").Type);
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ana Varga", "Republican Party"));
    }
}
