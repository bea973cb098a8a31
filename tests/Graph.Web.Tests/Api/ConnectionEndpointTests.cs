using System.Net;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Queries.Algorithms.ShortestPaths;
using Graph.Queries.Connections;
using Graph.Queries.Graphs;
using Graph.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task EveryPairOfEntitiesIsConnectedAsQuikGraphConnectsThemOverTheStoresEdges()
    {
        // On Neo4j the store answers in Cypher: its answers must be QuikGraph's on the same edges, path for path.
        var token = TestContext.Current.CancellationToken;
        var reader = Factory.Services.GetRequiredService<IGraphReader>();
        var finder = Factory.Services.GetRequiredService<ConnectionFinder>();
        var snapshot = GraphSnapshot.Build(reader, await reader.GetEdgesAsync(token), await reader.GetStatisticsAsync(token));
        var quikGraph = new AllShortestPathsAlgorithm<string, EntityLink>(snapshot.Graph, StringComparer.Ordinal);
        var pairs = SampleGraph.Entities.SelectMany(from => SampleGraph.Entities.Where(to => to != from).Select(to => (From: from, To: to))).ToList();

        foreach (var (from, to) in pairs)
        {
            foreach (var (maxHops, limit) in new[] { (1, 50), (2, 50), (3, 1), (4, 50), (6, 2) })
            {
                var query = new PathQuery(from, to, maxHops, limit);
                var expected = quikGraph.Compute(from, to, maxHops, limit, token);

                var found = await finder.FindAsync(snapshot, query, token);

                Assert.Equal(Factory.StoreFindsPaths, finder.StoreFinderFor(query) is not null);
                Assert.Equal((expected.Hops, expected.Total), (found.Hops, found.Total));
                Assert.Equal(expected.Paths.Select(path => string.Join(" ", path)), found.Paths.Select(path => string.Join(" ", path)));
            }
            var answered = await Client.GetOkAsync<EntityConnections>($"/api/connections?from={Escape(from)}&to={Escape(to)}&maxHops=6&limit=50");
            var all = quikGraph.Compute(from, to, 6, 50, token);
            Assert.Equal((all.Hops, all.Total), (answered.Hops, answered.TotalPaths));
            Assert.Equal(all.Paths.Select(path => string.Join(" ", path)), answered.Paths.Select(path => string.Join(" ", path.Entities.Select(entity => entity.Id))));
            Assert.All(answered.Paths.SelectMany(path => path.Steps), step => Assert.NotEmpty(step.Relationships));
        }
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
