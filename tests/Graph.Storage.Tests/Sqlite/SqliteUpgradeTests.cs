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
}
