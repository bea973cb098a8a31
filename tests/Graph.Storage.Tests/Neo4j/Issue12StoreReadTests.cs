using Graph.Core.Queries;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.Reading;
using Graph.Storage.Neo4j.Internal.Retries;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>Issue 12, items 6 and 7: which statement the store's searches send, so Neo4j can use an index.</summary>
public sealed class Issue12StoreReadTests : IDisposable
{
    private readonly FakeQueryApi server = new();

    public void Dispose() => server.Dispose();

    public static TheoryData<string?, string?, string?, string?> FilterCombinations()
    {
        var data = new TheoryData<string?, string?, string?, string?>();
        foreach (var speaker in new[] { null, "person:tomas-brel" })
        foreach (var about in new[] { null, "person:ana-varga" })
        foreach (var article in new[] { null, "a1" })
        foreach (var contains in new[] { null, "spoke" })
        {
            data.Add(speaker, about, article, contains);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FilterCombinations))]
    public async Task EachQuoteFilterCombinationStartsFromItsMostSelectiveFilterThroughALabelledNode(
        string? speaker, string? about, string? article, string? contains)
    {
        await using var store = Store();

        await store.FindQuotesAsync(new QuoteQuery(speaker, about, article, contains), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        var firstMatch = request.Statement!.Split('\n').First(line => line.StartsWith("MATCH", StringComparison.Ordinal));
        var (anchor, expected) = (speaker, article, about) switch
        {
            ({ }, _, _) => ("speakerId", Statements.QuotesBySpeaker),
            (null, { }, _) => ("articleId", Statements.QuotesInArticle),
            (null, null, { }) => ("aboutId", Statements.QuotesAbout),
            _ => (null, Statements.Quotes),
        };
        Assert.Equal(expected.Text, request.Statement);
        if (anchor is not null)
        {
            Assert.Matches($@"^MATCH \(\w+:[\w|]+ \{{id: \${anchor}\}}\)", firstMatch);
            Assert.DoesNotContain($"${anchor} IS NULL", request.Statement);
        }
        Assert.DoesNotContain("$speakerId IS NULL", request.Statement);
    }

    [Fact]
    public async Task SearchQueriesTheFullTextIndexWithEveryWordAsAPrefix()
    {
        await using var store = Store();

        await store.SearchEntitiesAsync(new EntityQuery("Ána  VARGA-Ko"), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal(Statements.SearchEntities.Text, request.Statement);
        Assert.Contains("db.index.fulltext.queryNodes('entity_keys', $keyQuery)", request.Statement);
        Assert.Equal("ana* AND varga* AND ko*", request.Body?["parameters"]?["keyQuery"]?.GetValue<string>());
        Assert.Equal("ana-varga-ko", request.Body?["parameters"]?["key"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("习近平")]
    [InlineData("...")]
    public async Task TextTheAnalyzerWouldSplitOtherwiseIsSearchedWithoutTheIndex(string text)
    {
        await using var store = Store();

        await store.SearchEntitiesAsync(new EntityQuery(text), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal(Statements.SearchEntitiesScan.Text, request.Statement);
        Assert.Null(request.Body?["parameters"]?["keyQuery"]);
    }

    [Theory]
    [InlineData("brel", "brel")]
    [InlineData("a+b", @"a\+b")]
    [InlineData("x:y*z?", @"x\:y\*z\?")]
    [InlineData("(a)[b]{c}", @"\(a\)\[b\]\{c\}")]
    [InlineData("\"q\"~2^3", @"\""q\""\~2\^3")]
    [InlineData(@"a\b/c", @"a\\b\/c")]
    [InlineData("a&&b||!c-d", @"a\&\&b\|\|\!c\-d")]
    [InlineData("a b", @"a\ b")]
    [InlineData("AND", @"\AND")]
    [InlineData("OR", @"\OR")]
    [InlineData("not", "not")]
    public void LuceneQuerySyntaxIsEscaped(string term, string escaped) =>
        Assert.Equal(escaped, EntitySearch.Escape(term));

    private Neo4jGraphStore Store() => new(new HttpClient(), ownsHttp: true,
        Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings());
}
