using System.Net;
using Graph.Queries.Insights;
using Graph.Web.Tests.Fixtures;

namespace Graph.Web.Tests.Api;

public abstract class InsightEndpointTests(GraphWebApiFactory factory) : ApiTests(factory)
{
    public sealed class OnSqlite(SqliteGraphWebFactory factory) : InsightEndpointTests(factory);

    public sealed class OnNeo4j(Neo4jGraphWebFactory factory) : InsightEndpointTests(factory);

    [Fact]
    public async Task TheMostConnectedPersonComesFirst()
    {
        var ranking = await Client.GetOkAsync<Ranking>("/api/insights/most-connected?type=person&limit=3");

        // Bram: Anna, Jean-Luc, the Alliance. Anna: Bram, Carl, Veloria. Jean-Luc: Bram, Carl, Peter, the Institute.
        Assert.Equal(SampleGraph.JeanLuc, ranking.Items[0].Entity.Id);
        Assert.Equal(4, ranking.Items[0].Score);
        Assert.Equal(3, ranking.Items.Count);
    }

    [Fact]
    public async Task TheMostQuotedCountsQuotesPerSpeaker()
    {
        var ranking = await Client.GetOkAsync<Ranking>("/api/insights/most-quoted");

        Assert.Equal([SampleGraph.Bram, SampleGraph.JeanLuc, SampleGraph.Peter], ranking.Items.Select(item => item.Entity.Id));
        Assert.All(ranking.Items, item => Assert.Equal(1, item.Score));
    }

    [Fact]
    public async Task BrokersAreThePeopleOnTheMostShortestPaths()
    {
        var ranking = await Client.GetOkAsync<Ranking>("/api/insights/brokers?type=Person");

        // Jean-Luc Moreau joins Peter Lind and the Institute to everyone else; Peter, Carl's pair and leaves never broker.
        Assert.Equal(SampleGraph.JeanLuc, ranking.Items[0].Entity.Id);
        Assert.DoesNotContain(ranking.Items, item => item.Entity.Id == SampleGraph.Peter);
        Assert.All(ranking.Items, item => Assert.InRange(item.Score, 0.0, 1.0));
    }

    [Fact]
    public async Task AnUnknownTypeIsA400()
    {
        await Client.GetProblemAsync("/api/insights/brokers?type=planet", HttpStatusCode.BadRequest);
    }
}
