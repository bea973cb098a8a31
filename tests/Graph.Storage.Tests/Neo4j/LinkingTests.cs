using System.Text.Json;
using Graph.Core.Linking;
using Graph.Core.Model;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.Retries;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>The linking pass on Neo4j: the same decision as the embedded store's, and the affected articles written again.</summary>
public sealed class LinkingTests : IDisposable
{
    private const string Open = """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"tx1","expires":"2030-01-01T00:00:00Z"}}""";

    private readonly FakeQueryApi server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ASurnameUsedForOnePersonIsLinkedAndItsArticlesAreWrittenAgainOntoThatPerson()
    {
        var article = new ArticleBuilder("Varga met Tomas Brel in Vienna.", "short.txt");
        var varga = article.Person("Varga");
        var tomas = article.Person("Tomas Brel");
        var stored = article.Met(varga, tomas).Build();
        server.Otherwise = request => Answer.Json(202, AnswerTo(request, stored));
        await using var store = new Neo4jGraphStore(new HttpClient(), ownsHttp: true,
            Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings());

        var report = await store.LinkEntitiesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, report.Changed);
        var links = Parameters(Statements.ReplaceEntityLinks)?["links"]?.AsArray();
        var link = Assert.Single(links!);
        Assert.Equal(("person:varga", "person:ana-varga"), (link?["rawId"]?.GetValue<string>(), link?["entityId"]?.GetValue<string>()));
        Assert.Equal(["person:varga"], Parameters(Statements.ArticlesMentioningRaw)?["rawIds"]?.AsArray().Select(id => id!.GetValue<string>()));
        var mentions = Parameters(Statements.MergeMentions)?["mentions"]?.AsArray();
        Assert.Contains(mentions!, row => row?["rawId"]?.GetValue<string>() == "person:varga" && row?["entityId"]?.GetValue<string>() == "person:ana-varga");
        var meeting = Assert.Single(Parameters(Statements.MergeMeetings)?["meetings"]?.AsArray()!);
        Assert.Equal("person:ana-varga", meeting?["sourceId"]?.GetValue<string>());
        // The pass ends by recording the version of the rules that made the links.
        Assert.Equal(Statements.SetLinkerVersion.Text, server.Requests.Last(request => request.Statement is not null).Statement);
        Assert.Equal(EntityLinker.Version, Parameters(Statements.SetLinkerVersion)?["version"]?.GetValue<int>());
    }

    [Fact]
    public async Task TheLinkerVersionIsReadFromTheStoreAndIsZeroBeforeAnyPass()
    {
        server.Then(202, """{"data":{"fields":["version"],"values":[]},"bookmarks":[]}""")
            .Then(202, """{"data":{"fields":["version"],"values":[[7]]},"bookmarks":[]}""");
        await using var store = new Neo4jGraphStore(new HttpClient(), ownsHttp: true,
            Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings());

        Assert.Equal(0, await store.GetLinkerVersionAsync(TestContext.Current.CancellationToken));
        Assert.Equal(7, await store.GetLinkerVersionAsync(TestContext.Current.CancellationToken));
        Assert.All(server.Requests, request => Assert.Equal(Statements.LinkerVersion.Text, request.Statement));
    }

    private System.Text.Json.Nodes.JsonObject? Parameters(CypherStatement statement) =>
        server.Requests.Last(request => request.Statement == statement.Text).Body?["parameters"]?.AsObject();

    /// <summary>A store where "Ana Varga" (3 articles, called "Varga" in all) and a bare "Varga" (2 articles) were stored.</summary>
    private static string AnswerTo(ReceivedRequest request, Graph.Core.Storage.ExtractedArticle stored)
    {
        if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
        {
            return """{"bookmarks":[]}""";
        }
        var statement = request.Statement;
        if (statement == Statements.RawEntityNames.Text)
        {
            return Rows(["rawId", "name", "articles", "canonicalArticles"],
                """["person:ana-varga","Ana Varga",3,3]""", """["person:ana-varga","Varga",3,0]""", """["person:varga","Varga",2,2]""",
                """["person:tomas-brel","Tomas Brel",2,2]""");
        }
        if (statement == Statements.RawEntityArticles.Text)
        {
            return Rows(["rawId", "articles"], """["person:ana-varga",3]""", """["person:varga",2]""", """["person:tomas-brel",2]""");
        }
        if (statement == Statements.ArticlesMentioningRaw.Text)
        {
            return Rows(["id"], $"""["{stored.Article.Id}"]""");
        }
        if (statement == Statements.StoredArticles.Text)
        {
            var article = new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = stored.Article.Id, ["source"] = stored.Article.Source, ["title"] = stored.Article.Title,
                ["url"] = null, ["date"] = null, ["outlet"] = null, ["extractorVersion"] = stored.ExtractorVersion,
                ["graph"] = GraphJson.Serialize(stored.Graph),
            };
            return Rows(["article"], $"[{article.ToJsonString()}]");
        }
        return statement is null || request.Path.Contains("/tx", StringComparison.Ordinal) ? Open : Rows([]);
    }

    private static string Rows(string[] fields, params string[] values) =>
        $$"""{"data":{"fields":{{JsonSerializer.Serialize(fields)}},"values":[{{string.Join(',', values)}}]},"bookmarks":[]}""";
}
