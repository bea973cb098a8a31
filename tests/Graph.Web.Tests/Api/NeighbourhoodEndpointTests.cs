using System.Net;
using Graph.Queries.Neighbourhoods;
using Graph.Web.Tests.Fixtures;
using static Graph.Web.Tests.Fixtures.Api;

namespace Graph.Web.Tests.Api;

public abstract class NeighbourhoodEndpointTests(GraphWebApiFactory factory) : ApiTests(factory)
{
    public sealed class OnSqlite(SqliteGraphWebFactory factory) : NeighbourhoodEndpointTests(factory);

    public sealed class OnNeo4j(Neo4jGraphWebFactory factory) : NeighbourhoodEndpointTests(factory);

    [Fact]
    public async Task DepthOneHoldsTheDirectNeighboursAndTheEdgesBetweenThem()
    {
        var hood = await Client.GetOkAsync<Neighbourhood>($"/api/entities/{Escape("Bram de Vries")}/neighbourhood?quotes=false");

        Assert.Equal(SampleGraph.Bram, hood.Center);
        Assert.Equal([SampleGraph.Alliance, SampleGraph.Anna, SampleGraph.JeanLuc], hood.Nodes.Where(n => n.Depth == 1).Select(n => n.Id).Order());
        Assert.Contains(hood.Edges, edge => edge.Type == "AFFILIATED_WITH" && edge.Source == SampleGraph.Bram && edge.Target == SampleGraph.Alliance);
        Assert.All(hood.Edges, edge => Assert.Contains(hood.Nodes, node => node.Id == edge.Source));
        Assert.All(hood.Edges, edge => Assert.Contains(hood.Nodes, node => node.Id == edge.Target));
        Assert.Equal(hood.Edges.Count, hood.Edges.Select(edge => edge.Id).Distinct().Count());
    }

    [Fact]
    public async Task QuotesAddSaidEdgesFromTheSpeakerToWhomTheQuoteIsAbout()
    {
        var hood = await Client.GetOkAsync<Neighbourhood>($"/api/entities/{Escape("Bram de Vries")}/neighbourhood");

        Assert.Contains(hood.Edges, edge => edge.Type == "SAID" && edge.Source == SampleGraph.Bram && edge.Target == SampleGraph.Veloria);
        Assert.Contains(hood.Nodes, node => node.Id == SampleGraph.Veloria);
    }

    [Fact]
    public async Task DeeperNeighbourhoodsReachFurtherAndTheNodeLimitTruncates()
    {
        var deep = await Client.GetOkAsync<Neighbourhood>($"/api/entities/{Escape("Peter Lind")}/neighbourhood?depth=3&quotes=false");
        var small = await Client.GetOkAsync<Neighbourhood>($"/api/entities/{Escape("Peter Lind")}/neighbourhood?depth=3&limit=2&quotes=false");

        Assert.Equal(3, deep.Nodes.Single(node => node.Id == SampleGraph.Anna).Depth);
        Assert.False(deep.Truncated);
        Assert.Equal(2, small.Nodes.Count);
        Assert.True(small.Truncated);
    }

    [Theory]
    [InlineData("depth=0")]
    [InlineData("depth=4")]
    [InlineData("limit=301")]
    public async Task DepthAndSizeOutsideTheLimitsAreA400(string query)
    {
        await Client.GetProblemAsync($"/api/entities/{Escape("Peter Lind")}/neighbourhood?{query}", HttpStatusCode.BadRequest);
    }
}
