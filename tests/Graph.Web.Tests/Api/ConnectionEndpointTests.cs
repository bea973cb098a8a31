using System.Net;
using Graph.Core.Model;
using Graph.Web.Connections;
using Graph.Web.Tests.Fixtures;
using static Graph.Web.Tests.Fixtures.Api;

namespace Graph.Web.Tests.Api;

public abstract class ConnectionEndpointTests(GraphWebApiFactory factory) : ApiTests(factory)
{
    public sealed class OnSqlite(SqliteGraphWebFactory factory) : ConnectionEndpointTests(factory);

    public sealed class OnNeo4j(Neo4jGraphWebFactory factory) : ConnectionEndpointTests(factory);

    [Fact]
    public async Task AllShortestPathsComeInIdOrderWithEveryStepExplained()
    {
        var connections = await Client.GetOkAsync<EntityConnections>($"/api/connections?from={Escape("Peter Lind")}&to={Escape("Anna Kovács")}");

        Assert.Equal(3, connections.Hops);
        Assert.Equal(2, connections.TotalPaths);
        Assert.Equal(
            [[SampleGraph.Peter, SampleGraph.JeanLuc, SampleGraph.Bram, SampleGraph.Anna], [SampleGraph.Peter, SampleGraph.JeanLuc, SampleGraph.Carl, SampleGraph.Anna]],
            connections.Paths.Select(path => path.Entities.Select(entity => entity.Id).ToArray()));
        var lastStep = connections.Paths[0].Steps[^1];
        Assert.Equal((SampleGraph.Bram, SampleGraph.Anna), (lastStep.From, lastStep.To));
        var meeting = Assert.Single(lastStep.Relationships);
        Assert.Equal(RelationType.Met, meeting.Type);
        Assert.NotEmpty(meeting.Evidence);
    }

    [Fact]
    public async Task PathsFollowRelationshipsAgainstTheirDirection()
    {
        var connections = await Client.GetOkAsync<EntityConnections>($"/api/connections?from=Veloria&to={Escape("Northern Alliance")}");

        Assert.Equal([SampleGraph.Veloria, SampleGraph.Anna, SampleGraph.Bram, SampleGraph.Alliance],
            Assert.Single(connections.Paths).Entities.Select(entity => entity.Id));
    }

    [Fact]
    public async Task TheHopLimitAndThePathLimitAreHonoured()
    {
        var tooShort = await Client.GetOkAsync<EntityConnections>($"/api/connections?from={Escape("Peter Lind")}&to={Escape("Anna Kovács")}&maxHops=2");
        var one = await Client.GetOkAsync<EntityConnections>($"/api/connections?from={Escape("Peter Lind")}&to={Escape("Anna Kovács")}&limit=1");

        Assert.Null(tooShort.Hops);
        Assert.Empty(tooShort.Paths);
        Assert.Single(one.Paths);
        Assert.Equal(2, one.TotalPaths);
    }

    [Fact]
    public async Task WithQuotesAQuoteLinksItsSpeakerToWhomItIsAbout()
    {
        var url = $"/api/connections?from={Escape("Jean-Luc Moreau")}&to=Veloria";
        var withoutQuotes = await Client.GetOkAsync<EntityConnections>(url);
        var withQuotes = await Client.GetOkAsync<EntityConnections>(url + "&quotes=true");

        Assert.Equal(3, withoutQuotes.Hops);
        Assert.Equal(2, withQuotes.Hops);
        // Moreau spoke about Kovács, who leads Veloria; Moreau is to meet de Vries, who spoke about Veloria.
        Assert.Equal(
            [[SampleGraph.JeanLuc, SampleGraph.Anna, SampleGraph.Veloria], [SampleGraph.JeanLuc, SampleGraph.Bram, SampleGraph.Veloria]],
            withQuotes.Paths.Select(path => path.Entities.Select(entity => entity.Id).ToArray()));
        var throughAnna = withQuotes.Paths[0];
        Assert.Equal("Kovács is a careful negotiator,", Assert.Single(throughAnna.Steps[0].Quotes).Text);
        Assert.Empty(throughAnna.Steps[0].Relationships);
        Assert.Equal(RelationType.LeaderOf, Assert.Single(throughAnna.Steps[1].Relationships).Type);
        Assert.Equal(SampleGraph.BramQuote, Assert.Single(withQuotes.Paths[1].Steps[1].Quotes).Text);
    }

    [Fact]
    public async Task AnEntityWithoutRelationshipsHasNoPath()
    {
        var connections = await Client.GetOkAsync<EntityConnections>($"/api/connections?from={Escape("Maria Lind")}&to={Escape("Anna Kovács")}");

        Assert.Empty(connections.Paths);
    }

    [Theory]
    [InlineData("/api/connections?to=Veloria", HttpStatusCode.BadRequest)]
    [InlineData("/api/connections?from=Veloria&to=Veloria", HttpStatusCode.BadRequest)]
    [InlineData("/api/connections?from=Veloria&to=Bram&maxHops=7", HttpStatusCode.BadRequest)]
    [InlineData("/api/connections?from=Veloria&to=Nobody", HttpStatusCode.NotFound)]
    [InlineData("/api/connections?from=Lind&to=Veloria", HttpStatusCode.Conflict)]
    public async Task BadUnknownOrAmbiguousEndsAreProblems(string url, HttpStatusCode expected)
    {
        await Client.GetProblemAsync(url, expected);
    }
}
