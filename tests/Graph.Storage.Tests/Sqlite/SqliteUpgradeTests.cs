using Graph.Core.Queries;
using Graph.Storage.Sqlite;
using Graph.TestSupport;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

public sealed class SqliteUpgradeTests
{
    [Fact]
    public async Task ADatabaseMadeBeforeTheSearchIndexIsIndexedAtStartUp()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("old.db");
        await using (var store = new SqliteGraphStore(file))
        {
            await store.InitializeAsync();
            var article = new ArticleBuilder("Tomas Brel spoke.", "a.txt");
            article.Person("Tomas Brel");
            await store.SaveArticlesAsync([article.Build()]);
        }
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "DROP TABLE entity_search; PRAGMA user_version = 1;";
            await downgrade.ExecuteNonQueryAsync();
        }

        await using var upgraded = new SqliteGraphStore(file);
        await upgraded.InitializeAsync();

        Assert.Equal("person:tomas-brel", Assert.Single(await upgraded.SearchEntitiesAsync(new EntityQuery("brel"))).Id);
    }

    [Fact]
    public async Task ADatabaseMadeBeforeTheArticleDateColumnsGetsThemFilledAtStartUp()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("undated-columns.db");
        await using (var store = new SqliteGraphStore(file))
        {
            await store.InitializeAsync();
            var article = new ArticleBuilder("Ana Varga met Tomas Brel.", "a.txt");
            var (ana, tomas) = (article.Person("Ana Varga"), article.Person("Tomas Brel"));
            await store.SaveArticlesAsync([article.Met(ana, tomas).Quote(ana, "We agreed.", tomas).Build(date: "2024-05-01")]);
        }
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = """
                DROP INDEX relations_by_relationship; DROP INDEX quotes_by_speaker_date; DROP INDEX quote_about_by_entity_date;
                ALTER TABLE relations DROP COLUMN article_date; ALTER TABLE quotes DROP COLUMN article_date;
                ALTER TABLE quote_about DROP COLUMN article_date; ALTER TABLE quote_about DROP COLUMN article_id; ALTER TABLE quote_about DROP COLUMN start;
                """;
            await downgrade.ExecuteNonQueryAsync();
        }

        await using var upgraded = new SqliteGraphStore(file);
        await upgraded.InitializeAsync();

        var edge = Assert.Single(await upgraded.GetEdgesAsync());
        Assert.Equal(("2024-05-01", "2024-05-01"), (edge.FirstSeen, edge.LastSeen));
        Assert.Single(Assert.Single(await upgraded.GetEvidenceAsync([edge.Key], new Period("2024-01-01", null), 5)));
        Assert.Single(await upgraded.FindQuotesAsync(new QuoteQuery(SpeakerId: "person:ana-varga", Period: new Period("2024-01-01", null))));
        Assert.Single(await upgraded.FindQuotesAsync(new QuoteQuery(AboutId: "person:tomas-brel", Period: new Period("2024-01-01", null))));
    }
}
