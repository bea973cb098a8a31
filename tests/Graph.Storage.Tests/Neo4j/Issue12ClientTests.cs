using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Queries;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.QueryApi;
using Graph.Storage.Neo4j.Internal.Retries;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>Issue 12, items 4, 5, 8 and 10: the Query API client against a server that misbehaves.</summary>
public sealed class Issue12ClientTests : IDisposable
{
    private const string Statistics = """
        {"data":{"fields":["articles","people","countries","organizations","meetings","affiliations","leaderships","quotes"],
                 "values":[[3,5,2,1,4,1,2,7]]},"bookmarks":[]}
        """;

    private const long OnePointFiveGigabytes = 1_500L * 1024 * 1024;

    private readonly FakeQueryApi server = new();
    private readonly FakeTime time = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task AHugeAnswerIsRefusedWhileItStreamsInNotBufferedWhole()
    {
        long written = 0;
        server.Then(_ => Answer.Streamed(202, async (body, stopping) =>
        {
            var chunk = Encoding.UTF8.GetBytes("[" + new string('x', 64 * 1024 - 2) + "]");
            await body.WriteAsync("""{"data":{"fields":["x"],"values":["""u8.ToArray(), stopping);
            while (written < OnePointFiveGigabytes)
            {
                await body.WriteAsync(chunk, stopping);
                written += chunk.Length;
            }
        }));
        await using var store = Store(Options() with { MaxResponseBytes = 1024 * 1024 });

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jProtocolException.ResponseTooLarge, error.Code);
        Assert.Contains("larger than the 1,048,576-byte limit", error.Message);
        Assert.Single(server.Requests);
        Assert.True(written < OnePointFiveGigabytes, $"the server could write {written:N0} bytes");
    }

    [Fact]
    public async Task AnAnswerAnnouncingMoreThanTheLimitIsRefusedBeforeItIsRead()
    {
        server.Then(_ => Answer.Streamed(202, async (body, stopping) =>
        {
            var chunk = new byte[64 * 1024];
            for (long sent = 0; sent < OnePointFiveGigabytes; sent += chunk.Length)
            {
                await body.WriteAsync(chunk, stopping);
            }
        }, contentLength: OnePointFiveGigabytes));
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Contains("1,572,864,000 bytes announced", error.Message);
    }

    [Fact]
    public async Task CredentialsWrittenIntoTheUriAreUsedButNeverShown()
    {
        var nothingListens = $"http://neo4j:s3cret-pw@127.0.0.1:{FakeQueryApi.FreePort()}";
        var options = Neo4jOptions.Parse(nothingListens, "neo4j", "", "neo4j");
        await using var store = new Neo4jGraphStore(new HttpClient(), ownsHttp: true, options, null, new RetrySettings(), time, time.DelayAsync, () => 0.5);

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => store.InitializeAsync(TestContext.Current.CancellationToken));

        Assert.Equal("s3cret-pw", options.Password);
        Assert.DoesNotContain("s3cret", error.Message);
        Assert.DoesNotContain("s3cret", error.InnerException!.Message);
        Assert.DoesNotContain("s3cret", options.ToString());
        Assert.DoesNotContain("s3cret", options.Uri.ToString());
        Assert.DoesNotContain("s3cret", Assert.Throws<ArgumentException>(() => Neo4jOptions.Parse("bolt://neo4j:s3cret-pw@host:7687", "neo4j", "", "neo4j")).Message);
        Assert.DoesNotContain("s3cret", Assert.Throws<ArgumentException>(() => Neo4jOptions.Parse("//neo4j:s3cret-pw@host", "neo4j", "", "neo4j")).Message);
    }

    [Fact]
    public async Task CredentialsInTheUriGoInTheAuthorizationHeaderNotTheAddress()
    {
        server.Then(202, Statistics);
        var uri = new UriBuilder(server.Uri) { UserName = "reader", Password = "s3cret-pw" }.Uri;
        await using var store = Store(Neo4jOptions.Parse(uri.ToString(), "neo4j", "", "neo4j"));

        await store.GetStatisticsAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Basic " + Convert.ToBase64String("reader:s3cret-pw"u8.ToArray()), Assert.Single(server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public void TheOptionsNeverPrintThePassword()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Password = "hunter2-password" };

        Assert.DoesNotContain("hunter2", options.ToString());
        Assert.Contains("Password = ***", options.ToString());
        Assert.Contains("Uri = http://localhost:7474", options.ToString());
    }

    [Fact]
    public async Task AServerThatAcceptsTheConnectionButBreaksOffItsAnswerIsNotCalledUnreachable()
    {
        server.Otherwise = _ => Answer.Streamed(202, async (body, stopping) =>
        {
            await body.WriteAsync("""{"data":{"fields":["articles"],"values":[["""u8.ToArray(), stopping);
            await body.FlushAsync(stopping);
            throw new IOException("the server hangs up midway");
        }, contentLength: 10_000);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jServiceUnavailableException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Contains("accepted the connection but broke off its answer to cypher/read/statistics.cypher", error.Message);
        Assert.DoesNotContain("not reachable", error.Message);
        Assert.NotEmpty(time.Waits);
    }

    [Fact]
    public async Task AServerThatKeepsAnsweringABare503IsReportedAsSuchNotAsUnreachable()
    {
        server.Otherwise = _ => Answer.Json(503, "<html>Service Unavailable</html>");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jServiceUnavailableException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Equal($"Neo4j at {server.Uri} answered HTTP 503 without an error code.", error.Message);
    }

    [Fact]
    public async Task AnAnswerThatIsNotJsonIsReportedAsSuchNotAsAMissingTransactionId()
    {
        server.Then(202, "<html><body>Welcome to nginx!</body></html>");
        var transaction = Client().BeginTransaction();

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() =>
            transaction.RunAsync(Statements.MentionedEntities, null, TestContext.Current.CancellationToken));

        Assert.Contains("answered cypher/write/mentioned-entities.cypher with HTTP 202 and a body that is not JSON (application/json): <html><body>Welcome to nginx!", error.Message);
    }

    [Theory]
    [InlineData("""{"data":{"fields":[1,2],"values":[[1,2]]},"bookmarks":[]}""")]
    [InlineData("""{"data":{"fields":["x"],"values":[[1]]},"bookmarks":[7]}""")]
    [InlineData("""[1,2,3]""")]
    public async Task JsonOfAnotherShapeIsReportedAsNotAQueryApiAnswer(string json)
    {
        server.Then(202, json);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => store.GetEdgesAsync(TestContext.Current.CancellationToken));

        Assert.Contains("answered cypher/read/edges.cypher with HTTP 202 and JSON that is not a Query API answer", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AFirstStatementAnsweredWithoutATransactionIdSaysSo()
    {
        server.Then(202, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":42}}""");
        var transaction = Client().BeginTransaction();

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() =>
            transaction.RunAsync(Statements.MentionedEntities, null, TestContext.Current.CancellationToken));

        Assert.Contains("JSON that is not a Query API answer", error.Message);
    }

    [Fact]
    public async Task AStatementSlowerThanTheClientTimeOutIsReportedAsSlowNotUnreachableAndNotRetried()
    {
        server.Then(_ => Answer.Streamed(202, (_, stopping) => Task.Delay(Timeout.Infinite, stopping)));
        await using var store = new Neo4jGraphStore(new HttpClient(), ownsHttp: true,
            Options() with { RequestTimeout = TimeSpan.FromMilliseconds(300) }, null, new RetrySettings(), time, time.DelayAsync, () => 0.5);

        var error = await Assert.ThrowsAsync<Neo4jTimeoutException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.Contains("did not finish answering cypher/read/statistics.cypher within", error.Message);
        Assert.Contains("db.transaction.timeout", error.Message);
        Assert.DoesNotContain("not reachable", error.Message);
        Assert.Single(server.Requests);
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task AnHttpClientTimeOutIsAlsoReportedAsSlowNotUnreachable()
    {
        server.Otherwise = _ => Answer.Streamed(202, (_, stopping) => Task.Delay(Timeout.Infinite, stopping));
        await using var store = new Neo4jGraphStore(new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) }, ownsHttp: true,
            Options(), null, new RetrySettings(), time, time.DelayAsync, () => 0.5);

        var error = await Assert.ThrowsAsync<Neo4jTimeoutException>(() => store.GetStatisticsAsync(TestContext.Current.CancellationToken));

        Assert.DoesNotContain("not reachable", error.Message);
    }

    [Fact]
    public async Task TheTransactionIdIsEscapedInTheAddress()
    {
        server.Then(202, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"../../../admin?x=1#y"}}""");
        var transaction = Client().BeginTransaction();

        await transaction.RunAsync(Statements.MentionedEntities, null, TestContext.Current.CancellationToken);
        await transaction.RunAsync(Statements.LockEntities, null, TestContext.Current.CancellationToken);
        await transaction.CommitAsync(TestContext.Current.CancellationToken);

        var paths = server.Requests.Select(request => request.Path).ToList();
        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/..%2F..%2F..%2Fadmin%3Fx%3D1%23y", "/db/neo4j/query/v2/tx/..%2F..%2F..%2Fadmin%3Fx%3D1%23y/commit"],
            paths);
    }

    [Theory]
    [InlineData("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists")]
    [InlineData("Neo.ClientError.Schema.ConstraintAlreadyExists")]
    [InlineData("Neo.ClientError.Schema.IndexAlreadyExists")]
    public async Task ASchemaRuleAnotherProcessJustCreatedCountsAsCreated(string code)
    {
        server.Then(400, $$"""{"errors":[{"code":"{{code}}","message":"An equivalent constraint already exists"}]}""");
        await using var store = Store();

        await store.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Statements.Constraints.Count + Statements.Indexes.Count + 1, server.Requests.Count);
    }

    [Fact]
    public async Task StartUpCreatesTheFullTextIndexOnTheNameKeysAfterTheConstraints()
    {
        await using var store = Store();

        await store.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Matches(@"(?m)^CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS\s+FOR \(n:Person\|Country\|Organization\|Place\) ON EACH \[n\.keys\]",
            server.Requests.SkipLast(1).Last().Statement);
    }

    [Theory]
    [InlineData("Neo.TransientError.General.MemoryPoolOutOfMemoryError")]
    [InlineData("Neo.TransientError.General.TransactionMemoryLimit")]
    public async Task RunningOutOfQueryMemoryIsNotRetried(string code)
    {
        server.Then(400, $$"""{"errors":[{"code":"{{code}}","message":"The allocation of an extra 2.0 MiB would use more than the limit"}]}""");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jTransientException>(() =>
            store.FindShortestPathsAsync(new PathQuery("person:a", "person:b", 6, 10), TestContext.Current.CancellationToken));

        Assert.Equal(code, error.Code);
        Assert.Single(server.Requests);
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task TheShortestPathEnumerationIsCappedBeforeItIsOrderedAndPaged()
    {
        server.Then(202, """{"data":{"fields":["total","hops","paths"],"values":[[0,null,[]]]},"bookmarks":[]}""");
        await using var store = Store();

        await store.FindShortestPathsAsync(new PathQuery("person:a", "person:b", 6, 10), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal(Neo4jGraphStore.MaxPathsEnumerated, request.Body?["parameters"]?["maxPaths"]?.GetValue<int>());
        var statement = request.Statement!;
        var enumerate = statement.IndexOf("allShortestPaths(", StringComparison.Ordinal);
        var cap = Regex.Match(statement, @"(?m)^LIMIT \$maxPaths$").Index;
        Assert.InRange(cap, enumerate + 1, statement.IndexOf("WITH DISTINCT", StringComparison.Ordinal));
    }

    [Fact]
    public void TheComposeFileStopsTransactionsBeforeTheClientGivesUp()
    {
        var compose = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docker-compose.yml"));

        var seconds = int.Parse(Regex.Match(compose, @"NEO4J_db_transaction_timeout:\s*(\d+)s").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(seconds, 1, new Neo4jOptions { Uri = new Uri("http://localhost") }.RequestTimeout.TotalSeconds - 10);
    }

    private Neo4jGraphStore Store(Neo4jOptions? options = null) => new(
        new HttpClient(), ownsHttp: true, options ?? Options(), null, new RetrySettings(), time, time.DelayAsync, () => 0.5);

    private QueryApiClient Client() => new(new HttpClient(), Options());

    private Neo4jOptions Options() => Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j");
}
