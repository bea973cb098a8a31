using System.Net;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Entities;
using Graph.Queries;
using Graph.Web.Tests.Fixtures;
using static Graph.Web.Tests.Fixtures.Api;

namespace Graph.Web.Tests.Api;

public abstract class EntityEndpointTests(GraphWebApiFactory factory) : ApiTests(factory)
{
    public sealed class OnSqlite(SqliteGraphWebFactory factory) : EntityEndpointTests(factory);

    public sealed class OnNeo4j(Neo4jGraphWebFactory factory) : EntityEndpointTests(factory);

    [Theory]
    [InlineData("Anna Kovács")]
    [InlineData("anna kovacs")]
    [InlineData("KOVACS")]
    [InlineData("kov")]
    [InlineData("Jean Luc")]
    [InlineData("jean-luc moreau")]
    public async Task SearchFindsAnEntityWhateverTheCaseAccentsHyphensOrPartOfTheName(string text)
    {
        var page = await Client.GetOkAsync<Page<EntitySummary>>($"/api/entities?q={Escape(text)}");

        Assert.NotEmpty(page.Items);
        Assert.Contains(page.Items[0].Id, new[] { SampleGraph.Anna, SampleGraph.JeanLuc });
    }

    [Fact]
    public async Task SearchFiltersByType()
    {
        // "v" starts a word of Bram de Vries (a person) and of Veloria (a country).
        var all = await Client.GetOkAsync<Page<EntitySummary>>("/api/entities?q=v");
        var countries = await Client.GetOkAsync<Page<EntitySummary>>("/api/entities?q=v&type=country");

        Assert.Contains(all.Items, entity => entity.Type == EntityType.Person);
        Assert.Equal([SampleGraph.Veloria], countries.Items.Select(entity => entity.Id));
    }

    [Fact]
    public async Task SearchPagesWithHasMoreUntilTheLastPage()
    {
        var first = await Client.GetOkAsync<Page<EntitySummary>>("/api/entities?q=lind&limit=1");
        var second = await Client.GetOkAsync<Page<EntitySummary>>("/api/entities?q=lind&limit=1&offset=1");

        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        Assert.NotEqual(first.Items[0].Id, second.Items[0].Id);
    }

    [Theory]
    [InlineData("/api/entities?sort=name", "sort")]
    [InlineData("/api/entities?q=anna&type=planet", "type")]
    [InlineData("/api/entities?q=anna&limit=0", "limit")]
    [InlineData("/api/entities?q=anna&limit=101", "limit")]
    [InlineData("/api/entities?q=anna&offset=-1", "offset")]
    public async Task SearchWithBadParametersIsA400NamingTheParameter(string url, string parameter)
    {
        var problem = await Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task WithoutQueryTheEntitiesOfATypeAreListedMostMentionedFirst()
    {
        var page = await Client.GetOkAsync<Page<EntitySummary>>("/api/entities?type=Person&sort=articles&limit=100");

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, entity => Assert.Equal(EntityType.Person, entity.Type));
        Assert.Equal(page.Items.Select(entity => entity.ArticleCount).OrderDescending(), page.Items.Select(entity => entity.ArticleCount));
    }

    [Fact]
    public async Task ANumberThatIsNotANumberIsA400ProblemToo()
    {
        await Client.GetProblemAsync("/api/entities?q=anna&limit=many", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnEntityByNameHasItsAliasesRolesAffiliationsCountriesLedAndCounts()
    {
        var anna = await Client.GetOkAsync<EntityDetails>($"/api/entities/{Escape("Anna Kovács")}");

        Assert.Equal(SampleGraph.Anna, anna.Id);
        Assert.Contains("Kovacs", anna.Aliases);
        Assert.Equal([SampleGraph.Veloria], anna.CountriesLed.Select(country => country.Id));
        Assert.Equal(2, anna.Counts.Meetings);
        Assert.Equal(2, anna.Counts.QuotesAbout);
        Assert.Equal(0, anna.Counts.QuotesSaid);
        Assert.Equal(2, anna.Counts.Articles);
    }

    [Fact]
    public async Task AnEntityByIdGivesTheSameAnswerAsByName()
    {
        var byId = await Client.GetOkAsync<EntityDetails>($"/api/entities/{Escape(SampleGraph.Bram)}");

        Assert.Equal("Bram de Vries", byId.Name);
        Assert.Equal(["secretary general"], byId.Roles);
        Assert.Equal([SampleGraph.Alliance], byId.Affiliations.Select(affiliation => affiliation.Entity.Id));
        Assert.Equal(1, byId.Counts.QuotesSaid);
    }

    [Fact]
    public async Task ACountryListsItsLeaders()
    {
        var veloria = await Client.GetOkAsync<EntityDetails>("/api/entities/veloria");

        Assert.Equal([SampleGraph.Anna], veloria.Leaders.Select(leader => leader.Id));
    }

    [Fact]
    public async Task AnUnknownEntityIsA404Problem()
    {
        var problem = await Client.GetProblemAsync("/api/entities/Nobody%20Atall", HttpStatusCode.NotFound);

        Assert.Contains("Nobody Atall", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAmbiguousNameIsA409ProblemListingTheCandidates()
    {
        var problem = await Client.GetProblemAsync("/api/entities/Lind", HttpStatusCode.Conflict);

        var candidates = problem.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Order();
        Assert.Equal([SampleGraph.Maria, SampleGraph.Peter], candidates);
    }
}
