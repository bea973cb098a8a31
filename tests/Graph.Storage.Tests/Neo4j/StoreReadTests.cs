using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Retries;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>The store's reads: what it asks Neo4j, and how it turns the answers into the shared read models.</summary>
public sealed class StoreReadTests : IDisposable
{
    private const string Ana = """{"id":"person:ana-varga","name":"Ana Varga","aliases":["Varga"],"labels":["Person"],"articles":2}""";
    private const string Tomas = """{"id":"person:tomas-brel","name":"Tomas Brel","aliases":[],"labels":["Person"],"articles":1}""";
    private const string Institute = """{"id":"org:institute","name":"Institute","aliases":[],"labels":["Organization"],"articles":1}""";

    private readonly FakeQueryApi server = new();

    public void Dispose() => server.Dispose();

    [Theory]
    [InlineData("[[1]]", 1, ArticleState.Current)]
    [InlineData("[[1]]", 2, ArticleState.Stale)]
    [InlineData("[[null]]", 1, ArticleState.Missing)]
    [InlineData("[]", 1, ArticleState.Missing)]
    public async Task TheArticleStateFollowsTheStoredCompletionMarker(string values, int version, ArticleState expected)
    {
        server.Then(202, $$"""{"data":{"fields":["extractorVersion"],"values":{{values}}},"bookmarks":[]}""");
        await using var store = Store();

        Assert.Equal(expected, await store.GetArticleStateAsync("a1", version, TestContext.Current.CancellationToken));
        Assert.Equal("a1", Assert.Single(server.Requests).Body?["parameters"]?["articleId"]?.GetValue<string>());
    }

    [Fact]
    public async Task TheStatesOfABatchOfArticlesAreReadInOneStatement()
    {
        server.Then(202, """{"data":{"fields":["articleId","extractorVersion"],"values":[["a1",2],["a2",null],["a3",1]]},"bookmarks":[]}""");
        await using var store = Store();

        var states = await store.GetArticleStatesAsync([("a1", 2), ("a2", 2), ("a3", 2), ("a1", 1)], TestContext.Current.CancellationToken);

        Assert.Equal([ArticleState.Current, ArticleState.Missing, ArticleState.Stale, ArticleState.Stale], states);
        var request = Assert.Single(server.Requests);
        Assert.Equal(["a1", "a2", "a3"], request.Body?["parameters"]?["articleIds"]?.AsArray().Select(id => id!.GetValue<string>()));
    }

    [Fact]
    public async Task SearchSendsTheFoldedTextTheTypeAndThePage()
    {
        server.Then(202, $$"""{"data":{"fields":["entity"],"values":[[{{Ana}}]]},"bookmarks":[]}""");
        await using var store = Store();

        var found = await store.SearchEntitiesAsync(new EntityQuery("Ána  VARGA", EntityType.Person, 5, 10), TestContext.Current.CancellationToken);

        Assert.Equal(new EntitySummary("person:ana-varga", EntityType.Person, "Ana Varga", ["Varga"], 2), Assert.Single(found), SummaryComparer.Instance);
        var parameters = Assert.Single(server.Requests).Body?["parameters"];
        Assert.Equal(("ana-varga", "Person", 5, 10), (
            parameters?["key"]?.GetValue<string>(), parameters?["type"]?.GetValue<string>(),
            parameters?["offset"]?.GetValue<int>(), parameters?["limit"]?.GetValue<int>()));
    }

    [Fact]
    public async Task RelationshipRowsAreGroupedPerFactAndOrderedAsInTheEmbeddedStore()
    {
        server.Then(202, $$"""
            {"data":{"fields":["type","status","role","evidence","article","source","target"],"values":[
              ["MET","held",null,"Second sentence.",{{Article("a2", "2024-06-01")}},{{Ana}},{{Tomas}}],
              ["AFFILIATED_WITH",null,"","Works there.",{{Article("a1", null)}},{{Tomas}},{{Institute}}],
              ["MET","held",null,"First sentence.",{{Article("a1", null)}},{{Ana}},{{Tomas}}],
              ["MET","held",null,"First sentence.",{{Article("a1", null)}},{{Ana}},{{Tomas}}]
            ]},"bookmarks":[]}
            """);
        await using var store = Store();

        var relationships = await store.GetRelationshipsAsync("person:tomas-brel", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            [(RelationType.AffiliatedWith, "person:tomas-brel", "org:institute", (MeetingStatus?)null, (string?)null),
             (RelationType.Met, "person:ana-varga", "person:tomas-brel", MeetingStatus.Held, null)],
            relationships.Select(r => (r.Type, r.Source.Id, r.Target.Id, r.Status, r.Role)));
        Assert.Equal(["First sentence.", "Second sentence."], relationships[1].Evidence.Select(evidence => evidence.Text));
        Assert.Null(relationships[1].Evidence[0].Article.Date);
        var parameters = Assert.Single(server.Requests).Body?["parameters"];
        Assert.Equal("person:tomas-brel", parameters?["entityId"]?.GetValue<string>());
        Assert.Null(parameters?["type"]);
    }

    [Fact]
    public async Task QuotesCarryTheirSpeakerSubjectsAndArticle()
    {
        server.Then(202, $$"""
            {"data":{"fields":["quote","speaker","about","article"],"values":[
              [{"id":"a1:7","text":"We spoke","cue":"said","start":7},{{Tomas}},[{{Ana}},{{Institute}}],{{Article("a1", "2024-05-01")}}]
            ]},"bookmarks":[]}
            """);
        await using var store = Store();

        var quote = Assert.Single(await store.FindQuotesAsync(new QuoteQuery(SpeakerId: "person:tomas-brel", Contains: "spoke"), TestContext.Current.CancellationToken));

        Assert.Equal(("a1:7", "We spoke", "said", "person:tomas-brel"), (quote.Id, quote.Text, quote.Cue, quote.Speaker.Id));
        Assert.Equal(["person:ana-varga", "org:institute"], quote.About.Select(entity => entity.Id));
        Assert.Equal(new ArticleReference("a1", "a1.txt", "Title a1", null, "2024-05-01", null), quote.Article);
        var parameters = Assert.Single(server.Requests).Body?["parameters"];
        Assert.Null(parameters?["aboutId"]);
        Assert.Equal("spoke", parameters?["contains"]?.GetValue<string>());
    }

    [Fact]
    public async Task EdgesKeepTheMeetingStatusRoleCountsAndDates()
    {
        server.Then(202, """
            {"data":{"fields":["type","sourceId","targetId","status","role","articles","firstSeen","lastSeen"],"values":[
              ["AFFILIATED_WITH","person:tomas-brel","org:institute",null,"senior fellow",3,"2023-07-15","2024-03-01"],
              ["MET","person:ana-varga","person:tomas-brel","planned","",1,null,null]
            ]},"bookmarks":[]}
            """);
        await using var store = Store();

        var edges = await store.GetEdgesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            [new GraphEdge("person:tomas-brel", "org:institute", RelationType.AffiliatedWith, null)
                { Role = "senior fellow", Articles = 3, FirstSeen = "2023-07-15", LastSeen = "2024-03-01" },
             new GraphEdge("person:ana-varga", "person:tomas-brel", RelationType.Met, MeetingStatus.Planned)],
            edges);
    }

    private static string Article(string id, string? date) =>
        $$"""{"id":"{{id}}","source":"{{id}}.txt","title":"Title {{id}}","url":null,"date":{{(date is null ? "null" : $"\"{date}\"")}},"outlet":null}""";

    private Neo4jGraphStore Store() => new(new HttpClient(), ownsHttp: true,
        Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings());

    /// <summary>Entity summaries compared by value, aliases included (ImmutableArray compares by reference).</summary>
    private sealed class SummaryComparer : IEqualityComparer<EntitySummary>
    {
        public static SummaryComparer Instance { get; } = new();

        public bool Equals(EntitySummary? x, EntitySummary? y) =>
            x is not null && y is not null && (x.Id, x.Type, x.Name, x.ArticleCount) == (y.Id, y.Type, y.Name, y.ArticleCount)
            && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode(EntitySummary obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
