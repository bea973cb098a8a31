using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.Retries;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>How a batch of articles goes to Neo4j: one explicit transaction, completion marker last, all or nothing.</summary>
public sealed class TransactionTests : IDisposable
{
    private const string Open = """
        {"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"lyU","expires":"2024-10-22T15:48:29Z"}}
        """;

    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    private readonly FakeQueryApi server = new();
    private readonly FakeTime time = new();

    public TransactionTests() =>
        server.Otherwise = request => request.Path.EndsWith("/commit", StringComparison.Ordinal)
            ? Answer.Json(202, """{"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}""", (QueryApiHeader, Affinity))
            : Answer.Json(202, Open, (QueryApiHeader, Affinity));

    private static string QueryApiHeader => "neo4j-cluster-affinity";

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ABatchIsOneExplicitTransactionWithTheCompletionMarkerWrittenLast()
    {
        await using var store = Store();

        await store.SaveArticlesAsync([Summit(), Summit(" Again.")], TestContext.Current.CancellationToken);

        // The links of cross-article linking are read once, before the batch's transaction opens.
        var all = server.Requests.ToList();
        Assert.Equal(("/db/neo4j/query/v2", Statements.EntityLinks.Text), (all[0].Path, all[0].Statement));
        var requests = all.Skip(1).ToList();
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.Equal(Statements.MentionedEntities.Text, requests[0].Statement);
        Assert.All(requests.Skip(1).SkipLast(1), request =>
        {
            Assert.Equal("/db/neo4j/query/v2/tx/lyU", request.Path);
            Assert.Equal(Affinity, request.Headers[QueryApiHeader]);
        });
        Assert.Equal(Statements.CompleteArticles.Text, requests[^2].Statement);
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx/lyU/commit"), (requests[^1].Method, requests[^1].Path));
        Assert.Equal(2, requests[^2].Body?["parameters"]?["articles"]?.AsArray().Count);
        Assert.DoesNotContain(requests, request => request.Path == "/db/neo4j/query/v2");
    }

    [Fact]
    public async Task TheStatementsOfABatchComeInTheOrderThatRetractsBeforeItWrites()
    {
        await using var store = Store();

        await store.SaveArticlesAsync([Summit()], TestContext.Current.CancellationToken);

        var statements = server.Requests.Select(request => request.Statement).Where(text => text is not null).ToList();
        Assert.Equal(
            [
                Statements.EntityLinks, Statements.MentionedEntities, Statements.LockEntities, Statements.RetractRelations, Statements.RetractQuotes,
                Statements.RetractMentions, Statements.MergeArticles,
                Statements.MergeMentions, Statements.MergeMeetings, Statements.MergeAffiliations, Statements.MergeLeaderships,
                Statements.MergeQuotes, Statements.EntityNames, Statements.CompleteArticles,
            ],
            statements.Select(text => Named(text!)));
    }

    [Fact]
    public async Task AnErrorInsideTheTransactionCommitsNothingAndIsNotRetried()
    {
        var otherwise = server.Otherwise;
        server.Otherwise = request => request.Statement == Statements.MergeQuotes.Text
            ? Answer.Json(202, """{"errors":[{"code":"Neo.DatabaseError.Statement.ExecutionFailed","message":"disk full"}]}""")
            : otherwise(request);
        await using var store = Store();

        await Assert.ThrowsAsync<Neo4jDatabaseException>(() => store.SaveArticlesAsync([Summit()], TestContext.Current.CancellationToken));

        Assert.DoesNotContain(server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Requests, request => request.Statement == Statements.CompleteArticles.Text);
    }

    [Fact]
    public async Task AConnectionLostMidBatchRollsBackAndRunsTheWholeBatchAgain()
    {
        var otherwise = server.Otherwise;
        var failed = false;
        server.Otherwise = request =>
        {
            if (!failed && request.Statement == Statements.MergeMentions.Text)
            {
                failed = true;
                return Answer.Json(503, "");
            }
            return otherwise(request);
        };
        await using var store = Store();

        await store.SaveArticlesAsync([Summit()], TestContext.Current.CancellationToken);

        var requests = server.Requests.ToList();
        var rollback = requests.FindIndex(request => request.Method == "DELETE");
        Assert.Equal("/db/neo4j/query/v2/tx/lyU", requests[rollback].Path);
        Assert.Equal(Statements.MentionedEntities.Text, requests[rollback + 1].Statement);
        Assert.Equal("/db/neo4j/query/v2/tx", requests[rollback + 1].Path);
        Assert.Single(requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Single(time.Waits);
    }

    [Fact]
    public async Task ABatchWhoseEntityAnotherWorkerDeletedMeanwhileIsRunAgain()
    {
        var otherwise = server.Otherwise;
        var failed = false;
        server.Otherwise = request =>
        {
            if (!failed && request.Statement == Statements.LockEntities.Text)
            {
                failed = true;
                return Answer.Json(202, """{"errors":[{"code":"Neo.ClientError.Statement.EntityNotFound","message":"Unable to load NODE 4:x:12."}]}""");
            }
            return otherwise(request);
        };
        await using var store = Store();

        await store.SaveArticlesAsync([Summit()], TestContext.Current.CancellationToken);

        Assert.Equal(2, server.Requests.Count(request => request.Statement == Statements.LockEntities.Text));
        Assert.Single(server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEntitiesOfABatchAreLockedInIdOrder()
    {
        await using var store = Store();

        await store.SaveArticlesAsync([Summit()], TestContext.Current.CancellationToken);

        var locked = server.Requests.Single(request => request.Statement == Statements.LockEntities.Text)
            .Body?["parameters"]?["entityIds"]?.AsArray().Select(id => id!.GetValue<string>()).ToList();
        Assert.Equal(["country:austria", "org:danube-policy-institute", "person:ana-varga", "person:tomas-brel"], locked);
    }

    [Fact]
    public async Task ALargeListIsWrittenInSeveralTransactionsOfTheBatchSize()
    {
        await using var store = new Neo4jGraphStore(new HttpClient(), ownsHttp: true,
            Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings(), time, time.DelayAsync)
        {
            BatchSize = 2,
        };

        await store.SaveArticlesAsync([Summit(" 1."), Summit(" 2."), Summit(" 3.")], TestContext.Current.CancellationToken);

        Assert.Equal(2, server.Requests.Count(request => request.Path.EndsWith("/commit", StringComparison.Ordinal)));
    }

    private static CypherStatement Named(string text) =>
        typeof(Statements).GetProperties()
            .Select(property => property.GetValue(null))
            .OfType<CypherStatement>()
            .Single(statement => statement.Text == text);

    private static ExtractedArticle Summit(string suffix = "")
    {
        var article = new ArticleBuilder($"Ana Varga met Tomas Brel in Vienna.{suffix}", "summit.txt", "Summit");
        var ana = article.Person("Ana Varga", "Varga");
        var tomas = article.Person("Tomas Brel");
        var austria = article.Country("Austria");
        var institute = article.Organization("Danube Policy Institute");
        return article.Met(tomas, ana).LeaderOf(ana, austria).AffiliatedWith(tomas, institute, "fellow")
            .Quote(tomas, "met", ana).Build(date: "2024-05-01");
    }

    private Neo4jGraphStore Store() => new(new HttpClient(), ownsHttp: true,
        Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings(), time, time.DelayAsync);
}
