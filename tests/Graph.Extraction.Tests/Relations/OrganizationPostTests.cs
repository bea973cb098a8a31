using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>Posts of an organisation in news written around it: "ORG's post, X" and "Its post, X".</summary>
public sealed class OrganizationPostTests
{
    [Fact]
    public void APossessivePostBeforeACommaTiesTheName()
    {
        var graph = Extraction.Of("The Baltic Policy Institute's policy director, Lena Dahl, said the aid was too little.");
        var tie = Assert.Single(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Lena Dahl").Id);
        Assert.Equal("policy director", tie.Role);
    }

    [Fact]
    public void ACommaAfterAPostWithoutAPossessiveIsNoChain() =>
        Assert.False(Extraction.Of("After the Baltic Policy Institute meeting, Lena Dahl said the aid was too little.")
            .HasRelation(RelationType.AffiliatedWith, "Lena Dahl", "Baltic Policy Institute"));

    [Theory]
    [InlineData("The Nordic Trades Federation has attacked the plans. Its general secretary, Peter Holm, said they were a disgrace.", "general secretary")]
    [InlineData("The Nordic Trades Federation said its director general Peter Holm would fight the plans.", "director general")]
    public void ItsPostTiesTheNameToTheSubjectOrganisation(string text, string role)
    {
        var graph = Extraction.Of(text);
        var tie = Assert.Single(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Peter Holm").Id);
        Assert.Equal(graph.Entities.Single(e => e.Name == "Nordic Trades Federation").Id, tie.Target);
        Assert.Equal(role, tie.Role);
    }

    [Fact]
    public void ItsPostAfterASentenceWhoseSubjectIsNoOrganisationTiesNothing() =>
        Assert.DoesNotContain(Extraction.Of("Ministers met the Nordic Trades Federation on Monday. Its general secretary, Peter Holm, said the plans were a disgrace.").Relations,
            r => r.Type == RelationType.AffiliatedWith);

    [Theory]
    [InlineData("The Nordic Trades Federation says the Baltic Steel Corporation owes money to its general secretary Peter Holm.")]
    [InlineData("The Nordic Trades Federation has sued Vestmark, its chief executive Peter Holm and two others.")]
    [InlineData("The Nordic Trades Federation's evidence came on Monday. Its lawyer, Peter Holm, spoke first.")]
    public void ItsPostIsLeftOutWhenTheSubjectIsInDoubt(string text) =>
        Assert.DoesNotContain(Extraction.Of(text).Relations, r => r.Type == RelationType.AffiliatedWith && r.Target.Contains("nordic", StringComparison.Ordinal));

    [Fact]
    public void AWordOwningAGeneralSecretaryIsAnOrganisation()
    {
        var graph = Extraction.Of("Kelmor's general secretary Peter Holm said the union would fight.");
        Assert.Contains(graph.Entities, e => e.Type == EntityType.Organization && e.Name == "Kelmor");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Peter Holm", "Kelmor"));
    }

    [Fact]
    public void APersonsSpokesmanKeepsTheOwnerAPerson() =>
        Assert.DoesNotContain(Extraction.Of("Ana Varga met voters on Monday. Varga's spokesman Peter Holm said she would fight.").Entities,
            e => e.Type == EntityType.Organization);

    [Theory]
    [InlineData("Confederation of Baltic Industry")]
    [InlineData("Nordic Schools Inspectorate")]
    [InlineData("Baltic Employment Tribunal")]
    public void InstitutionHeadWordsMakeAnOrganisation(string name) =>
        Assert.Contains(Extraction.Of($"The {name} said the plans were fair, according to Peter Holm.").Entities,
            e => e.Type == EntityType.Organization && e.Name == name);
}
