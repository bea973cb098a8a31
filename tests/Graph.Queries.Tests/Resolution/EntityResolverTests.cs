using Graph.Queries.Resolution;
using Graph.TestSupport;

namespace Graph.Queries.Tests.Resolution;

public sealed class EntityResolverTests
{
    private static readonly FakeGraphReader Reader = new(
        FakeGraphReader.Person("Kim Jong Un", "Kim Jong-un", "Kim"),
        FakeGraphReader.Person("Kim Yo Jong"),
        FakeGraphReader.Person("Xi Jinping", "Xi"),
        FakeGraphReader.Person("Moon Jae-in"));

    private static Task<EntityResolution> ResolveAsync(string text) =>
        new EntityResolver(Reader).ResolveAsync(text, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("person:kim-jong-un")]
    [InlineData("Kim Jong Un")]
    [InlineData("kim jong-un")]
    [InlineData("KIM-JONG-UN")]
    public async Task AnIdOrAnySpellingOfTheFullNameIsOneEntity(string text)
    {
        var resolution = await ResolveAsync(text);

        Assert.Equal("person:kim-jong-un", resolution.Entity?.Id);
    }

    [Fact]
    public async Task AnAliasSpelledInFullWinsOverNamesThatOnlyContainIt()
    {
        // "Kim" is part of both Kims' names, but it is an alias of Kim Jong Un only.
        var resolution = await ResolveAsync("Kim");

        Assert.Equal("person:kim-jong-un", resolution.Entity?.Id);
    }

    [Fact]
    public async Task APartialNameFittingOneEntityIsThatEntity()
    {
        var resolution = await ResolveAsync("Jae");

        Assert.Equal("person:moon-jae-in", resolution.Entity?.Id);
    }

    [Fact]
    public async Task APartialNameFittingSeveralIsAmbiguousWithTheCandidates()
    {
        var resolution = await ResolveAsync("Jong");

        Assert.True(resolution.IsAmbiguous);
        Assert.Equal(["person:kim-jong-un", "person:kim-yo-jong"], resolution.Candidates.Select(c => c.Id).Order());
    }

    [Theory]
    [InlineData(8, 1, 1, "person:ana-varga")]
    [InlineData(20, 3, 1, null)]
    [InlineData(1, 1, 0, null)]
    public async Task AShortNameIsTheEntityThatNearlyEveryArticleMeantByItCountingOnlyEntitiesNamedSoMoreThanOnce(
        int anaArticles, int tomasArticles, int strayArticles, string? expected)
    {
        var reader = new FakeGraphReader(
            FakeGraphReader.Person("Ana Varga", "Varga"),
            FakeGraphReader.Person("Tomas Varga", "Varga"),
            FakeGraphReader.Person("Varga Tweet", "Varga"));
        reader.ArticlesNaming[("varga", "person:ana-varga")] = anaArticles;
        reader.ArticlesNaming[("varga", "person:tomas-varga")] = tomasArticles;
        reader.ArticlesNaming[("varga", "person:varga-tweet")] = strayArticles;

        var resolution = await new EntityResolver(reader).ResolveAsync("Varga", TestContext.Current.CancellationToken);

        Assert.Equal(expected, resolution.Entity?.Id);
        Assert.Equal(expected is null, resolution.IsAmbiguous);
    }

    [Theory]
    [InlineData("Nobody")]
    [InlineData("person:nobody")]
    [InlineData("   ")]
    public async Task TextFittingNoEntityIsUnknown(string text)
    {
        var resolution = await ResolveAsync(text);

        Assert.False(resolution.IsFound);
        Assert.False(resolution.IsAmbiguous);
    }
}
