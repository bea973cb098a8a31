using System.Text;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.QueryApi;
using Graph.Storage.Neo4j.Internal.Retries;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>The HTTP client against a local server answering with the Query API's documented shapes.</summary>
public sealed class QueryApiClientTests : IDisposable
{
    private const string Statistics = """
        {"data":{"fields":["articles","people","countries","organizations","meetings","affiliations","leaderships","quotes"],
                 "values":[[3,5,2,1,4,1,2,7]]},
         "counters":{"containsUpdates":false,"nodesCreated":0,"nodesDeleted":0,"propertiesSet":0,"relationshipsCreated":0,
                     "relationshipsDeleted":0,"labelsAdded":0,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,
                     "constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},
         "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}
        """;

    private const string Deadlock = """
        {"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected",
                    "message":"ForsetiClient[transactionId=12] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=11]} on NODE(7)"}]}
        """;

    private readonly FakeQueryApi server = new();
    private readonly FakeTime time = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ASuccessfulAnswerGivesItsFieldsValuesCountersAndBookmarks()
    {
        server.Then(202, """
            {"data":{"fields":["n.name"],"values":[["Peter"]]},
             "counters":{"containsUpdates":true,"nodesCreated":1,"nodesDeleted":0,"propertiesSet":1,"relationshipsCreated":0,
                         "relationshipsDeleted":0,"labelsAdded":1,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,
                         "constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},
             "bookmarks":["FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA="]}
            """);
        var client = new QueryApiClient(new HttpClient(), Options());

        var result = await client.RunAsync(new CypherStatement("test", "CREATE (n:Person {name: $name}) RETURN n.name"),
            new() { ["name"] = "Peter" }, TestContext.Current.CancellationToken);

        Assert.Equal(["n.name"], result.Fields);
        Assert.Equal("Peter", Assert.Single(result.Records).String("n.name"));
        Assert.Equal(new QueryCounters(true, 1, 0, 1, 0, 0, 1, 0), result.Counters);
        Assert.Equal(["FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA="], result.Bookmarks);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret-password")), request.Headers["Authorization"]);
        Assert.Equal("CREATE (n:Person {name: $name}) RETURN n.name", request.Statement);
        Assert.Equal("Peter", request.Body?["parameters"]?["name"]?.GetValue<string>());
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
    }

    [Fact]
    public async Task TheStoreReadsStatisticsFromTheAnswer()
    {
        server.Then(202, Statistics);
        await using var store = Store();

        var statistics = await store.GetStatisticsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new Graph.Core.Queries.GraphStatistics(3, 5, 2, 1, 4, 1, 2, 7), statistics);
    }

    [Fact]
    public async Task ErrorsInA202AnswerAreRaisedNotIgnored()
    {
        server.Then(202, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(3) already exists with label `Person` and property `id` = 'person:x'"}]}""");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ASyntaxErrorNamesTheCypherFileAndIsNotRetried()
    {
        server.Then(400, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'MATC': expected a clause (line 1, column 1 (offset: 0))"}]}""");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("cypher/read/statistics.cypher", error.Message);
        Assert.Single(server.Requests);
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task BadCredentialsAreOneSentenceAboutTheSettingsAndAreNotRetried()
    {
        server.Then(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => store.InitializeAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            $"Neo4j at {server.Uri} refused the user name or password for user 'neo4j': check NEO4J_USER and NEO4J_PASSWORD.",
            error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnUnknownDatabaseIsOneSentenceNamingIt()
    {
        server.Then(404, """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist. Database name: 'news'."}]}""");
        await using var store = Store(database: "news");

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            $"Neo4j at {server.Uri} has no database named 'news': check NEO4J_DATABASE (the Community edition has only 'neo4j').",
            error.Message);
        Assert.Equal("/db/news/query/v2", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task AServerWithoutTheQueryApiIsOneSentenceAboutTheAddress()
    {
        server.Then(404, "");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Contains("does not answer Neo4j's Query API", error.Message);
        Assert.Contains("NEO4J_URI", error.Message);
    }

    [Fact]
    public async Task ATransientErrorIsRetriedAfterABackOffAndThenSucceeds()
    {
        server.Then(400, Deadlock).Then(202, Statistics);
        await using var store = Store();

        var statistics = await store.GetStatisticsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, statistics.Articles);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(time.Waits));
    }

    [Fact]
    public async Task AClientErrorIsNotRetried()
    {
        server.Then(400, """{"errors":[{"code":"Neo.ClientError.Statement.ParameterMissing","message":"Expected parameter(s): articleId"}]}""");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => store.GetArticleAsync("a", TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", error.Code);
        Assert.Single(server.Requests);
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task ADatabaseErrorIsNotRetried()
    {
        server.Then(500, """{"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"Something broke"}]}""");
        await using var store = Store();

        await Assert.ThrowsAsync<Neo4jDatabaseException>(() => store.GetArticleAsync("a", TestContext.Current.CancellationToken));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnErrorObjectThatNamesItsCodeErrorIsUnderstood()
    {
        server.Then(400, """{"errors":[{"error":"Neo.ClientError.Request.Invalid","message":"Bad request"}]}""");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => store.GetArticleAsync("a", TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
    }

    [Fact]
    public async Task RetriesKeepGoingWithGrowingWaitsUntilTheBudgetIsSpent()
    {
        server.Otherwise = _ => Answer.Json(503, Deadlock);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jTransientException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        // 1 + 2 + 4 + 8 + 16 s: the sixth attempt starts after the 30 s budget, so it is the last.
        Assert.Equal([1, 2, 4, 8, 16], time.Waits.Select(wait => wait.TotalSeconds));
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task AnUnreachableServerIsRetriedThenReportedInOneSentence()
    {
        var nothingListens = new Uri($"http://127.0.0.1:{FakeQueryApi.FreePort()}");
        await using var store = new Neo4jGraphStore(new HttpClient(), ownsHttp: true,
            Neo4jOptions.Parse(nothingListens.ToString(), "neo4j", "secret-password", "neo4j"),
            null, new RetrySettings(), time, time.DelayAsync, NoJitter);

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => store.InitializeAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith($"Neo4j is not reachable at {nothingListens}", error.Message);
        Assert.DoesNotContain("\n", error.Message);
        Assert.NotEmpty(time.Waits);
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("neo4j://localhost:7687")]
    public void ABoltAddressIsRefusedWithASentenceAskingForTheHttpPort(string uri)
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.Parse(uri, "neo4j", "x", "neo4j"));

        Assert.Contains("HTTP", error.Message);
    }

    [Fact]
    public async Task ConstraintsAreCreatedOneStatementAtATimeIfNotThere()
    {
        await using var store = Store();

        await store.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(10, server.Requests.Count);
        Assert.All(server.Requests.Take(7), request => Assert.Matches(@"(?m)^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.(id|rawId) IS UNIQUE\z", request.Statement));
        Assert.Matches(@"(?m)^CREATE INDEX article_date IF NOT EXISTS FOR \(n:Article\) ON \(n\.date\)", server.Requests.ElementAt(7).Statement);
        Assert.Matches("(?m)^CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS", server.Requests.ElementAt(8).Statement);
        // Then entities stored before the name counts were kept get them (see EntityCountTests).
        Assert.Equal(Statements.CountEntityNames.Text, server.Requests.Last().Statement);
    }

    // The middle of the jitter range: waits are exactly 1, 2, 4... seconds (RetryPolicyTests covers the jitter).
    private static double NoJitter() => 0.5;

    private Neo4jGraphStore Store(string database = "neo4j") => new(
        new HttpClient(), ownsHttp: true, Options(database), null, new RetrySettings(), time, time.DelayAsync, NoJitter);

    private Neo4jOptions Options(string database = "neo4j") =>
        Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", database);
}
