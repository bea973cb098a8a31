using System.Text.RegularExpressions;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Retries;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>The store's shortest paths: what it asks Neo4j, and how it reads the answer into the web app's order.</summary>
public sealed class PathFinderTests : IDisposable
{
    private readonly FakeQueryApi server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ItSendsTheShortestPathStatementWithTheEndsTheHopLimitAndTheLimit()
    {
        server.Then(202, """{"data":{"fields":["total","hops","paths"],"values":[[0,null,[]]]},"bookmarks":[]}""");
        await using var store = Store();

        await store.FindShortestPathsAsync(new PathQuery("person:peter-lind", "person:anna-kovacs", 3, 10), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Contains("allShortestPaths(", request.Statement);
        var parameters = request.Body?["parameters"];
        Assert.Equal(("person:peter-lind", "person:anna-kovacs", 3, 10), (
            parameters?["fromId"]?.GetValue<string>(), parameters?["toId"]?.GetValue<string>(),
            parameters?["maxHops"]?.GetValue<int>(), parameters?["limit"]?.GetValue<int>()));
    }

    [Fact]
    public async Task PathsComeBackInOrdinalOrderOfTheirIdsWithTheirLengthAndTheTotal()
    {
        // Out of order on purpose: the store orders them as the web app's QuikGraph search does whatever Neo4j sent.
        server.Then(202, """
            {"data":{"fields":["total","hops","paths"],"values":[[5,2,[
              ["person:a","person:c","person:z"],
              ["person:a","person:B","person:z"],
              ["person:a","person:b","person:z"]
            ]]]},"bookmarks":[]}
            """);
        await using var store = Store();

        var found = await store.FindShortestPathsAsync(new PathQuery("person:a", "person:z", 4, 3), TestContext.Current.CancellationToken);

        Assert.Equal(2, found.Hops);
        Assert.Equal(5, found.Total);
        Assert.Equal(
            [["person:a", "person:B", "person:z"], ["person:a", "person:b", "person:z"], ["person:a", "person:c", "person:z"]],
            found.Paths.Select(path => path.ToArray()));
    }

    [Theory]
    [InlineData("""[[0,null,[]]]""")]
    [InlineData("""[]""")]
    public async Task NoPathWithinTheLimitIsNone(string values)
    {
        server.Then(202, $$"""{"data":{"fields":["total","hops","paths"],"values":{{values}}},"bookmarks":[]}""");
        await using var store = Store();

        var found = await store.FindShortestPathsAsync(new PathQuery("person:a", "person:z", 2, 10), TestContext.Current.CancellationToken);

        Assert.Equal((null, 0L, 0), (found.Hops, found.Total, found.Paths.Count));
    }

    [Fact]
    public async Task QueriesItCannotAnswerAreRefusedWithoutAskingNeo4j()
    {
        await using var store = Store();
        var token = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<NotSupportedException>(() => store.FindShortestPathsAsync(new PathQuery("person:a", "person:z", 2, 10, FollowQuotes: true), token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.FindShortestPathsAsync(new PathQuery("person:a", "person:z", Neo4jGraphStore.MaxPathHops + 1, 10), token));
        await Assert.ThrowsAsync<ArgumentException>(() => store.FindShortestPathsAsync(new PathQuery("person:a", "person:a", 2, 10), token));
        Assert.Empty(server.Requests);
        Assert.False(((IPathFinder)store).FollowsQuotes);
    }

    [Fact]
    public void TheStatementSearchesAsFarAsTheStoreSaysAndFiltersByTheParameterOutsideThePattern()
    {
        var text = File.ReadAllText(Path.Combine(DeclaredSchema.CypherFolder, "read", "shortest-paths.cypher"));
        var code = Regex.Replace(text, "//[^\n]*", "");

        var bound = Regex.Match(code, @"\[:(?<types>[A-Z_|]+)\*\.\.(?<bound>\d+)\]");

        Assert.True(bound.Success, "No variable-length pattern with a fixed upper bound in read/shortest-paths.cypher.");
        Assert.Equal(Neo4jGraphStore.MaxPathHops, int.Parse(bound.Groups["bound"].Value, System.Globalization.CultureInfo.InvariantCulture));
        // The same relationship types as read/edges.cypher, from which the web app builds its QuikGraph graph.
        var edges = File.ReadAllText(Path.Combine(DeclaredSchema.CypherFolder, "read", "edges.cypher"));
        Assert.Equal(
            Regex.Match(edges, @"\[fact:(?<types>[A-Z_|]+)\]").Groups["types"].Value.Split('|').Order(StringComparer.Ordinal),
            bound.Groups["types"].Value.Split('|').Order(StringComparer.Ordinal));
        Assert.DoesNotMatch(@"\*[^\]]*\$", code);
    }

    private Neo4jGraphStore Store() => new(new HttpClient(), ownsHttp: true,
        Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings());
}
