using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Retries;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>What the store sends Neo4j for the reads of a period and the quote filters (issue 13), against the fake Query API.</summary>
public sealed class PeriodReadTests : IDisposable
{
    private const string Empty = """{"data":{"fields":[],"values":[]},"bookmarks":[]}""";

    private readonly FakeQueryApi server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task RelationshipsOfAPeriodSendItsBoundsAndAllTimeSendsNulls()
    {
        server.Then(202, Empty).Then(202, Empty);
        await using var store = Store();
        IGraphReader reader = store;

        await reader.GetRelationshipsAsync("person:ana-varga", RelationType.Met, new Period("2018-01-01", "2018-12-31"), TestContext.Current.CancellationToken);
        await reader.GetRelationshipsAsync("person:ana-varga", RelationType.Met, TestContext.Current.CancellationToken);

        var sent = server.Requests.Select(request => request.Body?["parameters"]).ToList();
        Assert.Equal(("2018-01-01", "2018-12-31"), (sent[0]?["since"]?.GetValue<string>(), sent[0]?["until"]?.GetValue<string>()));
        Assert.Null(sent[1]?["since"]);
        Assert.Null(sent[1]?["until"]);
        Assert.All(server.Requests, request => Assert.Contains("article.date >= $since", request.Statement));
    }

    [Fact]
    public async Task QuoteFiltersAreSentAsParametersOfTheStatementChosen()
    {
        server.Then(202, Empty);
        await using var store = Store();

        await store.FindQuotesAsync(new QuoteQuery(
            AboutId: "person:ana-varga",
            Period: new Period("2018-01-01", "2018-12-31"),
            SpeakerType: EntityType.Organization,
            SpeakerRole: "professor",
            SpeakerAffiliationId: "org:brookings-institution",
            Outlets: ["Fox News", "Fox News (Online)"]), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        var parameters = request.Body?["parameters"];
        Assert.Contains("(subject:Person|Country|Organization|Place {id: $aboutId})", request.Statement);
        Assert.Equal(
            ("2018-01-01", "2018-12-31", "Organization", "professor", "org:brookings-institution"),
            (parameters?["since"]?.GetValue<string>(), parameters?["until"]?.GetValue<string>(), parameters?["speakerType"]?.GetValue<string>(),
             parameters?["speakerRole"]?.GetValue<string>(), parameters?["speakerAffiliationId"]?.GetValue<string>()));
        Assert.Equal(["Fox News", "Fox News (Online)"], parameters?["outlets"]?.AsArray().Select(node => node?.GetValue<string>()));
    }

    [Fact]
    public async Task QuotesWithoutTheNewFiltersSendNullsSoEveryStatementIgnoresThem()
    {
        server.Then(202, Empty);
        await using var store = Store();

        await store.FindQuotesAsync(new QuoteQuery(SpeakerId: "person:tomas-brel"), TestContext.Current.CancellationToken);

        var parameters = Assert.Single(server.Requests).Body?["parameters"]?.AsObject();
        Assert.NotNull(parameters);
        foreach (var name in new[] { "since", "until", "outlets", "speakerType", "speakerRole", "speakerAffiliationId" })
        {
            Assert.True(parameters.ContainsKey(name), name);
            Assert.Null(parameters[name]);
        }
    }

    [Fact]
    public async Task TheFiguresOfAPeriodAreCountedFromItsArticlesAndAllTimeUsesTheWholeStoreStatement()
    {
        const string Figures = """{"data":{"fields":["articles","people","countries","organizations","meetings","affiliations","leaderships","quotes"],"values":[[2,3,1,1,2,1,1,1]]},"bookmarks":[]}""";
        server.Then(202, Figures).Then(202, Figures);
        await using var store = Store();

        var ofPeriod = await store.GetStatisticsAsync(new Period(Since: "2017-01-01"), TestContext.Current.CancellationToken);
        await store.GetStatisticsAsync(Period.All, TestContext.Current.CancellationToken);

        Assert.Equal(new GraphStatistics(2, 3, 1, 1, 2, 1, 1, 1), ofPeriod);
        var (period, all) = (server.Requests.First(), server.Requests.Last());
        Assert.Equal("2017-01-01", period.Body?["parameters"]?["since"]?.GetValue<string>());
        Assert.Null(period.Body?["parameters"]?["until"]);
        Assert.Contains("article.date >= $since", period.Statement);
        Assert.DoesNotContain("$since", all.Statement);
    }

    [Fact]
    public async Task QuoteLinksOfAPeriodSendItsBoundsAndReadAQuoteAboutNoOneAsANullSubject()
    {
        server.Then(202, """{"data":{"fields":["quoteId","speakerId","aboutId"],"values":[["a:1","person:tomas-brel","person:ana-varga"],["a:9","person:tomas-brel",null]]},"bookmarks":[]}""")
            .Then(202, Empty);
        await using var store = Store();
        IQuoteLinkReader reader = store;

        var in2018 = await reader.GetQuoteLinksAsync(new Period("2018-01-01", "2018-12-31"), TestContext.Current.CancellationToken);
        await reader.GetQuoteLinksAsync(Period.All, TestContext.Current.CancellationToken);

        Assert.Equal([new QuoteLink("a:1", "person:tomas-brel", "person:ana-varga"), new QuoteLink("a:9", "person:tomas-brel", null)], in2018);
        var requests = server.Requests.ToList();
        Assert.All(requests, request => Assert.Contains("article.date >= $since", request.Statement));
        Assert.Equal(("2018-01-01", "2018-12-31"),
            (requests[0].Body?["parameters"]?["since"]?.GetValue<string>(), requests[0].Body?["parameters"]?["until"]?.GetValue<string>()));
        Assert.Null(requests[1].Body?["parameters"]?["since"]);
        Assert.Null(requests[1].Body?["parameters"]?["until"]);
    }

    [Fact]
    public async Task TheEdgesOfAPeriodComeFromTheirOwnStatementAndAllTimeFromThePlainOne()
    {
        server.Then(202, """{"data":{"fields":["type","sourceId","targetId","status","role","articles","firstSeen","lastSeen"],"values":[["MET","person:ana-varga","person:lena-ost","held","",1,"2018-05-01","2018-05-01"]]},"bookmarks":[]}""")
            .Then(202, Empty);
        await using var store = Store();
        IGraphReader reader = store;

        var in2018 = await reader.GetEdgesAsync(new Period(Since: "2018-01-01"), TestContext.Current.CancellationToken);
        await reader.GetEdgesAsync(TestContext.Current.CancellationToken);

        Assert.Equal([new GraphEdge("person:ana-varga", "person:lena-ost", RelationType.Met, MeetingStatus.Held) { FirstSeen = "2018-05-01", LastSeen = "2018-05-01" }], in2018);
        var requests = server.Requests.ToList();
        Assert.Contains("article.id IN articleIds", requests[0].Statement);
        Assert.Equal("2018-01-01", requests[0].Body?["parameters"]?["since"]?.GetValue<string>());
        Assert.Null(requests[0].Body?["parameters"]?["until"]);
        Assert.DoesNotContain("$since", requests[1].Statement);
    }

    [Fact]
    public async Task OutletsAreReadWithTheirArticleCounts()
    {
        server.Then(202, """{"data":{"fields":["name","articles"],"values":[["Fox News",3],["Fox News (Online)",1]]},"bookmarks":[]}""");
        await using var store = Store();

        var outlets = await store.GetOutletsAsync(TestContext.Current.CancellationToken);

        Assert.Equal([new OutletCount("Fox News", 3), new OutletCount("Fox News (Online)", 1)], outlets);
    }

    private Neo4jGraphStore Store() => new(new HttpClient(), ownsHttp: true,
        Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings());
}
