using Graph.Core.Linking;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Export;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Neo4j;

public sealed class Neo4jAdminExporterTests : IDisposable
{
    private const char ArrayDelimiter = '\u001F';

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task EveryFileHasTheHeaderNeo4jAdminImportExpects()
    {
        var export = await ExportAsync(Summit());

        Assert.Equal("id:ID(Article),source,title,url,date,outlet,extractorVersion:int,graph,:LABEL", Header("articles.csv"));
        Assert.Equal("id:ID(Entity),name,aliases:string[],keys:string[],articles:int,names:string[],nameArticles:int[],canonicalArticles:int[],:LABEL", Header("entities.csv"));
        Assert.Equal("id:ID(Quote),text,cue,start:int,:LABEL", Header("quotes.csv"));
        Assert.Equal(":START_ID(Article),:END_ID(Entity),names:string[],canonical:string[],keys:string[],:TYPE", Header("mentions.csv"));
        Assert.Equal(":START_ID(Entity),:END_ID(Entity),status,sources:string[],evidence:string[],:TYPE", Header("met.csv"));
        Assert.Equal(":START_ID(Entity),:END_ID(Entity),role,sources:string[],evidence:string[],:TYPE", Header("affiliated_with.csv"));
        Assert.Equal(":START_ID(Entity),:END_ID(Entity),sources:string[],evidence:string[],:TYPE", Header("leader_of.csv"));
        Assert.Equal(":START_ID(Entity),:END_ID(Quote),:TYPE", Header("said.csv"));
        Assert.Equal(":START_ID(Quote),:END_ID(Entity),:TYPE", Header("about.csv"));
        Assert.Equal(":START_ID(Quote),:END_ID(Article),:TYPE", Header("in.csv"));
        Assert.Equal(":START_ID(Article),:END_ID(Entity),:TYPE", Header("quoted.csv"));
        Assert.Equal("rawId:ID(EntityLink),entityId,reason,:LABEL", Header("entity_links.csv"));
        Assert.Equal((1, 6, 11), (export.Articles, export.Nodes, export.Relationships));
    }

    [Fact]
    public async Task TheImportCommandNamesEveryFileAndTheArrayDelimiter()
    {
        var export = await ExportAsync(Summit());

        Assert.StartsWith("neo4j-admin database import full --nodes=articles.csv --nodes=entities.csv --nodes=quotes.csv --nodes=entity_links.csv --relationships=mentions.csv", export.ImportCommand);
        Assert.Contains("--array-delimiter=U+001F", export.ImportCommand);
        Assert.Contains("--multiline-fields=true", export.ImportCommand);
        Assert.EndsWith(" neo4j", export.ImportCommand);
        Assert.All(export.Files.Where(file => file.EndsWith(".csv", StringComparison.Ordinal)),
            file => Assert.Contains("=" + Path.GetFileName(file), export.ImportCommand));
        Assert.Contains(export.ImportCommand, File.ReadAllText(folder.File("out/import.sh")));
    }

    [Fact]
    public async Task TheImportScriptSaysThatComposeNeedsNEO4J_PASSWORDAndWhenNeo4jReadsIt()
    {
        await ExportAsync(Summit());

        var script = File.ReadAllText(folder.File("out/import.sh"));
        Assert.Contains("NEO4J_PASSWORD", script);
        Assert.Contains("NEO4J_AUTH=neo4j/$NEO4J_PASSWORD on the first start of its data volume", script);
    }

    [Fact]
    public async Task AMeetingReportedByTwoArticlesIsOneRowWithBothSourcesAndSentences()
    {
        var first = Summit();
        var other = new ArticleBuilder("Tomas Brel and Ana Varga met again, \"briefly\"; then left.", "again.txt");
        var tomas = other.Person("Tomas Brel");
        var ana = other.Person("Ana Varga");
        var second = other.Met(tomas, ana).Build();

        await ExportAsync(first, second);

        var row = Assert.Single(Rows("met.csv"));
        var expectedSources = new[] { first.Article.Id, second.Article.Id }.Order(StringComparer.Ordinal).ToArray();
        var expectedEvidence = expectedSources.Select(id => id == first.Article.Id ? first.Article.Text : second.Article.Text);
        Assert.Equal(
            $"\"person:ana-varga\",\"person:tomas-brel\",\"held\",\"{string.Join(ArrayDelimiter, expectedSources)}\"," +
            $"\"{string.Join(ArrayDelimiter, expectedEvidence).Replace("\"", "\"\"")}\",\"MET\"",
            row);
    }

    [Fact]
    public async Task EntitiesCarryTheNameMostArticlesGaveEveryOtherNameAsAliasAndTheCountsTheStoreKeeps()
    {
        var other = new ArticleBuilder("Tomas Brel spoke in Prague.", "prague.txt");
        other.Person("Tomas Brel", "Mr. Brel");

        await ExportAsync(Summit(), other.Build());

        Assert.Contains(
            $"\"person:tomas-brel\",\"Tomas Brel\",\"Brel{ArrayDelimiter}Mr. Brel\",\"brel{ArrayDelimiter}mr-brel{ArrayDelimiter}tomas-brel\"," +
            $"2,\"Brel{ArrayDelimiter}Mr. Brel{ArrayDelimiter}Tomas Brel\",1{ArrayDelimiter}1{ArrayDelimiter}2,0{ArrayDelimiter}0{ArrayDelimiter}2,\"Person\"",
            Rows("entities.csv"));
        Assert.Contains("\"country:austria\",\"Austria\",,\"austria\",1,\"Austria\",1,1,\"Country\"", Rows("entities.csv"));
    }

    [Fact]
    public async Task AnAffiliationWithoutARoleKeepsAnEmptyRoleAsTheStoreDoes()
    {
        var article = new ArticleBuilder("Ana Varga works at the Institute.", "work.txt");
        var ana = article.Person("Ana Varga");
        var institute = article.Organization("Institute");

        await ExportAsync(article.AffiliatedWith(ana, institute).Build());

        Assert.StartsWith("\"person:ana-varga\",\"org:institute\",\"\",", Assert.Single(Rows("affiliated_with.csv")));
    }

    [Fact]
    public async Task EachArticleKeepsItsExtractedGraphSoALinkingPassOnTheImportedDatabaseCanWriteItAgain()
    {
        var summit = Summit();

        await ExportAsync(summit);

        var row = Assert.Single(Rows("articles.csv"));
        Assert.Contains("\"\"entities\"\":", row);
        Assert.Contains(summit.Article.Id, row);
    }

    [Fact]
    public async Task AQuoteWhoseSpeakerAndSubjectOnlyALaterArticleNamesIsLinkedToThemAtTheEnd()
    {
        // The speaker and subject are not entities of the quoting article; a later article names them.
        var quoting = new ArticleBuilder("\"We will see,\" the fellow said of the plan.", "quote.txt");
        quoting.Quote("person:peter-holm", "We will see", "org:danube-policy-institute");
        var naming = new ArticleBuilder("Peter Holm joined the Danube Policy Institute.", "holm.txt");
        naming.Person("Peter Holm");
        naming.Organization("Danube Policy Institute");
        var (first, second) = (quoting.Build(), naming.Build());

        await ExportAsync(first, second);

        var quoteId = Assert.Single(Rows("quotes.csv")).Split(',')[0];
        Assert.Equal([$"\"person:peter-holm\",{quoteId},\"SAID\""], Rows("said.csv"));
        Assert.Equal([$"{quoteId},\"org:danube-policy-institute\",\"ABOUT\""], Rows("about.csv"));
        Assert.Equal([$"\"{first.Article.Id}\",\"person:peter-holm\",\"QUOTED\""], Rows("quoted.csv"));
    }

    [Fact]
    public async Task AQuoteWhoseSpeakerNoArticleNamesHasNoSpeaker()
    {
        var quoting = new ArticleBuilder("\"We will see,\" someone said.", "quote.txt");
        quoting.Quote("person:nobody", "We will see");

        await ExportAsync(quoting.Build());

        Assert.Single(Rows("quotes.csv"));
        Assert.Empty(Rows("said.csv"));
        Assert.Empty(Rows("quoted.csv"));
    }

    [Fact]
    public async Task TheStoresLinksMoveMentionsAndFactsOntoTheLinkedEntityAndAreExportedAsEntityLinkNodes()
    {
        var bare = new ArticleBuilder("Varga met Tomas Brel in Graz.", "graz.txt");
        bare.Met(bare.Person("Varga"), bare.Person("Tomas Brel"));
        EntityLink[] links = [new("person:varga", "person:ana-varga", "articles used Varga for Ana Varga")];

        var export = await new Neo4jAdminExporter().ExportAsync(
            new[] { Summit(), bare.Build() }.ToAsyncEnumerable(), links, folder.File("out"), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(Rows("entities.csv"), row => row.StartsWith("\"person:varga\"", StringComparison.Ordinal));
        Assert.Contains(Rows("entities.csv"), row => row.StartsWith("\"person:ana-varga\",\"Ana Varga\",\"Varga\",\"ana-varga\u001Fvarga\",2,", StringComparison.Ordinal));
        Assert.All(Rows("met.csv"), row => Assert.StartsWith("\"person:ana-varga\",\"person:tomas-brel\"", row));
        Assert.Equal(["\"person:varga\",\"person:ana-varga\",\"articles used Varga for Ana Varga\",\"EntityLink\""], Rows("entity_links.csv"));
        Assert.Contains("--nodes=entity_links.csv", export.ImportCommand);
    }

    [Fact]
    public async Task AnArticleArchivedTwiceIsExportedOnce()
    {
        var export = await ExportAsync(Summit(), Summit());

        Assert.Equal(1, export.Articles);
        Assert.Single(Rows("met.csv"));
    }

    private static ExtractedArticle Summit()
    {
        var article = new ArticleBuilder("Ana Varga met Tomas Brel in Vienna.", "summit.txt", "Summit");
        var ana = article.Person("Ana Varga", "Varga");
        var tomas = article.Person("Tomas Brel", "Brel");
        var austria = article.Country("Austria");
        var institute = article.Organization("Danube Policy Institute");
        return article.Met(tomas, ana).LeaderOf(ana, austria).AffiliatedWith(tomas, institute, "senior fellow")
            .Quote(tomas, "met Tomas", ana).Build(date: "2024-05-01");
    }

    private async Task<Neo4jAdminExport> ExportAsync(params ExtractedArticle[] articles) =>
        await new Neo4jAdminExporter().ExportAsync(articles.ToAsyncEnumerable(), folder.File("out"), TestContext.Current.CancellationToken);

    private string Header(string file) => File.ReadLines(folder.File("out/" + file)).First();

    private List<string> Rows(string file) => [.. File.ReadLines(folder.File("out/" + file)).Skip(1)];
}
