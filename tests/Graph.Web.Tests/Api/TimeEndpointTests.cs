using System.Net;
using System.Text.Json;
using Graph.Core.Queries;
using Graph.Queries;
using Graph.Queries.Connections;
using Graph.Queries.Insights;
using Graph.Queries.Neighbourhoods;
using Graph.Queries.Relationships;
using Graph.Queries.Timelines;
using Graph.Web.Tests.Fixtures;
using static Graph.Web.Tests.Fixtures.Api;

namespace Graph.Web.Tests.Api;

/// <summary>
/// Issue 13: time on facts and the period filters. The sample's articles are dated 2024-03-04 (the summit),
/// 2024-03-10 (the preview) and 2024-03-12 (the harbour).
/// </summary>
public abstract class TimeEndpointTests(GraphWebApiFactory factory) : ApiTests(factory)
{
    public sealed class OnSqlite(SqliteGraphWebFactory factory) : TimeEndpointTests(factory);

    public sealed class OnNeo4j(Neo4jGraphWebFactory factory) : TimeEndpointTests(factory);

    [Fact]
    public async Task ARelationshipReportsFirstSeenLastSeenAndItsArticleCount()
    {
        var page = await Client.GetOkAsync<Page<RelationshipView>>($"/api/entities/{Escape("Anna Kovács")}/relationships?type=MET");

        var withBram = page.Items.Single(r => r.Other.Id == SampleGraph.Bram);
        Assert.Equal(("2024-03-04", "2024-03-10", 2), (withBram.FirstSeen, withBram.LastSeen, withBram.ArticleCount));
    }

    [Fact]
    public async Task RelationshipsOfAPeriodKeepOnlyItsArticles()
    {
        var page = await Client.GetOkAsync<Page<RelationshipView>>(
            $"/api/entities/{Escape("Anna Kovács")}/relationships?type=MET&since=2024-03-05&until=2024-03-31");

        var only = Assert.Single(page.Items);
        Assert.Equal(SampleGraph.Bram, only.Other.Id);
        Assert.Equal(("2024-03-10", "2024-03-10", 1), (only.FirstSeen, only.LastSeen, only.ArticleCount));
        Assert.All(only.Evidence, evidence => Assert.Equal("2024-03-10", evidence.Article.Date));
    }

    [Fact]
    public async Task QuotesOfAPeriodCarryTheirArticlesDate()
    {
        var page = await Client.GetOkAsync<JsonElement>("/api/quotes?since=2024-03-10");

        var dates = page.GetProperty("items").EnumerateArray().Select(quote => quote.GetProperty("date").GetString()).ToList();
        Assert.Equal(["2024-03-10", "2024-03-12"], dates);
    }

    [Theory]
    [InlineData("speakerRole=analyst", SampleGraph.MoreauQuote)]
    [InlineData("speakerAffiliation=Northern%20Alliance", SampleGraph.BramQuote)]
    [InlineData("speakerType=Person&until=2024-03-04", SampleGraph.BramQuote)]
    public async Task QuotesAreFoundByTheKindOfSpeaker(string filter, string expected)
    {
        var page = await Client.GetOkAsync<Page<QuoteRecord>>($"/api/quotes?{filter}");

        Assert.StartsWith(expected, Assert.Single(page.Items).Text);
    }

    [Fact]
    public async Task NoOrganisationSpokeInTheSample()
    {
        Assert.Empty((await Client.GetOkAsync<Page<QuoteRecord>>("/api/quotes?speakerType=Organization")).Items);
    }

    [Fact]
    public async Task ASpeakerAffiliationThatIsNoOrganisationIsA400AndAnUnknownOutletA404()
    {
        var problem = await Client.GetProblemAsync($"/api/quotes?speakerAffiliation={Escape("Anna Kovács")}", HttpStatusCode.BadRequest);
        Assert.Contains("organisation", problem.GetProperty("errors").GetProperty("speakerAffiliation")[0].GetString());
        await Client.GetProblemAsync("/api/quotes?outlet=Nowhere%20Gazette", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/quotes?since=2024-13-01", "since")]
    [InlineData("/api/quotes?until=yesterday", "until")]
    [InlineData("/api/quotes?since=2024-03-10&until=2024-03-01", "until")]
    [InlineData("/api/quotes?speakerType=Planet", "speakerType")]
    [InlineData("/api/entities/Veloria/relationships?since=03/10/2024", "since")]
    [InlineData("/api/connections?from=Veloria&to=Bram&until=2024-3-1", "until")]
    [InlineData("/api/entities/Veloria/neighbourhood?since=2024", "since")]
    [InlineData("/api/insights/most-connected?since=2024-02-30", "since")]
    [InlineData("/api/insights/brokers?until=tomorrow", "until")]
    [InlineData("/api/entities/Veloria/timeline?since=x", "since")]
    [InlineData("/api/entities/Veloria/timeline?by=day", "by")]
    public async Task ABadDateOrPeriodIsA400NamingTheParameter(string url, string parameter)
    {
        var problem = await Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), url);
    }

    [Fact]
    public async Task TheTimelineCountsMeetingsAndQuotesPerMonthAndYear()
    {
        var byMonth = await Client.GetOkAsync<Timeline>($"/api/entities/{Escape("Anna Kovács")}/timeline?by=month");
        var byYear = await Client.GetOkAsync<Timeline>($"/api/entities/{Escape("Anna Kovács")}/timeline");

        Assert.Equal([new TimelinePeriod("2024-03", 2, 0, 2)], byMonth.Periods);
        Assert.Equal(("year", "2024"), (byYear.By, Assert.Single(byYear.Periods).Period));
        Assert.Equal(new TimelinePeriod("undated", 0, 0, 0), byMonth.Undated);
    }

    [Fact]
    public async Task TheTimelineOfAPeriodCountsOnlyItsArticles()
    {
        var timeline = await Client.GetOkAsync<Timeline>($"/api/entities/{Escape("Jean-Luc Moreau")}/timeline?by=month&since=2024-03-11");

        Assert.Equal([new TimelinePeriod("2024-03", 1, 0, 0)], timeline.Periods);
    }

    [Fact]
    public async Task TheNeighbourhoodOfAPeriodDrawsOnlyItsRelationships()
    {
        var before = await Client.GetOkAsync<Neighbourhood>($"/api/entities/{Escape("Peter Lind")}/neighbourhood?until=2024-03-11");
        var after = await Client.GetOkAsync<Neighbourhood>($"/api/entities/{Escape("Peter Lind")}/neighbourhood?since=2024-03-12");

        Assert.Empty(before.Edges);
        Assert.Contains(after.Edges, edge => edge.Source == SampleGraph.Peter || edge.Target == SampleGraph.Peter);
    }

    [Fact]
    public async Task ConnectionsOfAPeriodUseOnlyItsRelationships()
    {
        var before = await Client.GetOkAsync<EntityConnections>($"/api/connections?from={Escape("Peter Lind")}&to={Escape("Anna Kovács")}&until=2024-03-11");
        var all = await Client.GetOkAsync<EntityConnections>($"/api/connections?from={Escape("Peter Lind")}&to={Escape("Anna Kovács")}&since=2024-03-01");

        Assert.Null(before.Hops);
        Assert.Equal(3, all.Hops);
        Assert.All(all.Paths.SelectMany(path => path.Steps).SelectMany(step => step.Relationships),
            relationship => Assert.NotNull(relationship.FirstSeen));
    }

    [Fact]
    public async Task InsightsOfAPeriodAreComputedForIt()
    {
        var first = await Client.GetOkAsync<Ranking>("/api/insights/most-connected?until=2024-03-04&type=Person&limit=1");
        var quoted = await Client.GetOkAsync<Ranking>("/api/insights/most-quoted?since=2024-03-12&type=Person");
        var brokers = await Client.GetOkAsync<Ranking>("/api/insights/brokers?until=2024-03-04&type=Person");

        Assert.Equal(SampleGraph.Anna, Assert.Single(first.Items).Entity.Id);
        Assert.Equal(SampleGraph.Peter, Assert.Single(quoted.Items).Entity.Id);
        Assert.Equal(SampleGraph.Anna, brokers.Items[0].Entity.Id);
    }
}
