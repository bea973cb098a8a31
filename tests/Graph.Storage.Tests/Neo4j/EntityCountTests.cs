using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.Retries;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// Issue 12, item 9: the entity nodes keep their counts (in how many articles they are mentioned, and each name's
/// articles and canonical articles), and a batch changes them by its own mentions instead of reading back every
/// mention of every entity it touches.
/// </summary>
public sealed class EntityCountTests : IDisposable
{
    private readonly MentionCountingServer server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public void NoStatementOfABatchReadsMentionsOfArticlesOutsideTheBatch()
    {
        CypherStatement[] batch =
        [
            Statements.MentionedEntities, Statements.LockEntities, Statements.RetractRelations, Statements.RetractQuotes,
            Statements.RetractMentions, Statements.MergeArticles, Statements.MergeMentions, Statements.MergeMeetings,
            Statements.MergeAffiliations, Statements.MergeLeaderships, Statements.MergeQuotes, Statements.EntityNames,
            Statements.SetEntityNames, Statements.DeleteOrphanEntities, Statements.CompleteArticles,
        ];

        Assert.DoesNotContain("MENTIONS", Code(Statements.EntityNames));
        Assert.All(batch.Where(statement => Regex.IsMatch(Code(statement), @"MATCH \(article:Article\)-\[\w*:MENTIONS")), statement =>
            Assert.Contains("article.id IN $articleIds", Code(statement)));
        // The orphan check asks whether one mention is left, not for all of them.
        Assert.Contains("NOT EXISTS { (entity)<-[:MENTIONS]-(:Article) }", Code(Statements.DeleteOrphanEntities));
    }

    [Fact]
    public async Task AnEntityAThousandEarlierArticlesNamedIsCountedFromItsCountsAlone()
    {
        server.SetEntity("country:austria", new JsonObject
        {
            ["name"] = "Austria", ["articles"] = 1000, ["names"] = new JsonArray("Austria"),
            ["nameArticles"] = new JsonArray(1000), ["canonicalArticles"] = new JsonArray(1000),
        });
        var article = new ArticleBuilder("Ana Varga flew to the Republic of Austria.", "flight.txt");
        article.Person("Ana Varga");
        article.Country("Austria", "Republic of Austria");
        await using var store = Store();

        await store.SaveArticlesAsync([article.Build()], TestContext.Current.CancellationToken);

        // The fake holds none of the thousand mentions: the new counts can only come from the node's counts.
        var austria = server.Entities["country:austria"];
        Assert.Equal(1001, austria["articles"]!.GetValue<int>());
        Assert.Equal(["Austria", "Republic of Austria"], Strings(austria["names"]));
        Assert.Equal([1001, 1], Ints(austria["nameArticles"]));
        Assert.Equal([1001, 0], Ints(austria["canonicalArticles"]));
        Assert.Equal("Austria", austria["name"]!.GetValue<string>());
        var read = Assert.Single(server.Requests, request => request.Statement == Statements.EntityNames.Text);
        Assert.Equal(["country:austria", "person:ana-varga"], Strings(read.Body?["parameters"]?["entityIds"]));
    }

    [Fact]
    public async Task TheCountsStayThoseOfTheMentionsThroughAddsReingestsWithdrawalsAndLinking()
    {
        await using var store = Store();
        var cancellationToken = TestContext.Current.CancellationToken;
        var full = Enumerable.Range(1, 3).Select(i => Article($"Ana Varga met Tomas Brel in Vienna, part {i}.", ana: ["Ana Varga", "Varga"], austria: i == 1)).ToList();
        var bare = Enumerable.Range(1, 2).Select(i => Article($"Varga met Tomas Brel again, part {i}.", ana: ["Varga"])).ToList();

        // One article names her in full and, apart, by the bare name: after linking, two mentions in one article.
        var both = new ArticleBuilder("Ana Varga met Tomas Brel. Later Varga left.", "both.txt");
        both.Met(both.Person("Ana Varga"), both.Person("Tomas Brel")).Person("Varga");

        await store.SaveArticlesAsync([.. full, .. bare, both.Build()], cancellationToken);
        AssertCountsAreThoseOfTheMentions();
        Assert.Equal(4, Count("person:ana-varga"));
        Assert.Equal(1, Count("country:austria"));

        // Re-ingest of a changed first article: Austria is withdrawn (and leaves), Ana gets another name.
        var changed = Article(full[0].Article.Text, ana: ["Ana Varga", "Dr. Varga"], austria: false);
        await store.SaveArticlesAsync([changed], cancellationToken);
        AssertCountsAreThoseOfTheMentions();
        Assert.False(server.Entities.ContainsKey("country:austria"));
        Assert.Equal(["Ana Varga", "Dr. Varga", "Varga"], Strings(server.Entities["person:ana-varga"]["names"]));
        Assert.Equal([4, 1, 2], Ints(server.Entities["person:ana-varga"]["nameArticles"]));

        // The same articles again, twice in one batch: nothing changes.
        await store.SaveArticlesAsync([full[1], full[1], bare[0]], cancellationToken);
        AssertCountsAreThoseOfTheMentions();
        Assert.Equal(4, Count("person:ana-varga"));
        Assert.Equal(3, Count("person:varga"));

        // Linking makes the bare "Varga" Ana Varga: her six articles (the one naming her both ways counts once),
        // and the bare entity gone.
        var report = await store.LinkEntitiesAsync(cancellationToken);
        Assert.True(report.Changed > 0);
        AssertCountsAreThoseOfTheMentions();
        Assert.False(server.Entities.ContainsKey("person:varga"));
        Assert.Equal(6, Count("person:ana-varga"));
        Assert.Equal(6, Count("person:tomas-brel"));

        // A new article with the bare name is counted on the linked entity.
        await store.SaveArticlesAsync([Article("Varga spoke in Graz.", ana: ["Varga"], tomas: false)], cancellationToken);
        AssertCountsAreThoseOfTheMentions();
        Assert.Equal(7, Count("person:ana-varga"));
        Assert.Equal("Ana Varga", server.Entities["person:ana-varga"]["name"]!.GetValue<string>());
    }

    /// <summary>The counts on every entity node are what reading all its mentions would give, and no entity is left without one.</summary>
    private void AssertCountsAreThoseOfTheMentions()
    {
        Assert.Equal(server.Mentions.Select(mention => mention.EntityId).Distinct().Order(StringComparer.Ordinal), server.Entities.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, entity) in server.Entities)
        {
            var mentions = server.Mentions.Where(mention => mention.EntityId == id).ToList();
            var names = mentions.SelectMany(mention => mention.Names).Distinct().Order(StringComparer.Ordinal).ToList();
            int Articles(Func<StoredMention, bool> uses) => mentions.Where(uses).Select(mention => mention.ArticleId).Distinct().Count();

            Assert.Equal(Articles(_ => true), entity["articles"]!.GetValue<int>());
            Assert.Equal(names, Strings(entity["names"]));
            Assert.Equal(names.Select(name => Articles(mention => mention.Names.Contains(name))), Ints(entity["nameArticles"]));
            Assert.Equal(names.Select(name => Articles(mention => mention.Canonical.Contains(name))), Ints(entity["canonicalArticles"]));
            Assert.Equal(names.Where(name => name != entity["name"]!.GetValue<string>()), Strings(entity["aliases"]));
        }
    }

    private int Count(string entityId) => server.Entities[entityId]["articles"]!.GetValue<int>();

    private static ExtractedArticle Article(string text, string[] ana, bool austria = false, bool tomas = true)
    {
        var article = new ArticleBuilder(text, $"{text.GetHashCode():x}.txt");
        var person = article.Person(ana[0], ana[1..]);
        if (tomas)
        {
            article.Met(person, article.Person("Tomas Brel"));
        }
        if (austria)
        {
            article.LeaderOf(person, article.Country("Austria"));
        }
        return article.Build();
    }

    private static string Code(CypherStatement statement) =>
        string.Join("\n", statement.Text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static string[] Strings(JsonNode? list) => [.. (list as JsonArray ?? []).Select(item => item!.GetValue<string>())];

    private static int[] Ints(JsonNode? list) => [.. (list as JsonArray ?? []).Select(item => item!.GetValue<int>())];

    private Neo4jGraphStore Store() => new(new HttpClient(), ownsHttp: true,
        Neo4jOptions.Parse(server.Uri.ToString(), "neo4j", "secret-password", "neo4j"), null, new RetrySettings()) { BatchSize = 2 };
}
