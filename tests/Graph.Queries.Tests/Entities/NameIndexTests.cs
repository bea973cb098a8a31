using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Entities;

namespace Graph.Queries.Tests.Entities;

public sealed class NameIndexTests
{
    private static readonly string[] Words = ["ana", "anatol", "var", "varga", "tomas", "brel", "brel-ek", "holm", "peter", "pet", "a", "an"];

    [Fact]
    public void ExactKeysComeFirstThenKeysStartingWithTheTextThenWordsEachTheMostMentionedFirst()
    {
        var index = NameIndex.Build([
            new EntitySearchKeys("person:ana-varga", EntityType.Person, 5, ["ana-varga", "varga"]),
            new EntitySearchKeys("person:varga-holm", EntityType.Person, 9, ["varga-holm"]),
            new EntitySearchKeys("org:varga-institute", EntityType.Organization, 50, ["the-varga-institute"]),
            new EntitySearchKeys("person:vargas", EntityType.Person, 1, ["vargas"]),
            new EntitySearchKeys("person:tomas-brel", EntityType.Person, 99, ["tomas-brel"]),
        ]);

        Assert.Equal(["person:ana-varga", "person:varga-holm", "person:vargas", "org:varga-institute"], index.Search("varga", null, 0, 10));
        Assert.Equal(["person:varga-holm", "person:vargas"], index.Search("varga", EntityType.Person, 1, 2));
        Assert.Empty(index.Search("arga", null, 0, 10));
    }

    [Fact]
    public void OnRandomNamesItFindsWhatTheStoresSearchConditionsFind()
    {
        var random = new Random(2026);
        for (var round = 0; round < 200; round++)
        {
            var entities = Enumerable.Range(0, random.Next(1, 30)).Select(i => new EntitySearchKeys(
                $"person:e{i:00}", i % 3 == 0 ? EntityType.Organization : EntityType.Person, random.Next(0, 4),
                [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => string.Join("-", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)])))])).ToList();
            var key = Words[random.Next(Words.Length)] + (random.Next(3) == 0 ? "-" + Words[random.Next(Words.Length)] : "");
            EntityType? type = random.Next(3) == 0 ? EntityType.Person : null;

            var expected = entities
                .Where(e => type is null || e.Type == type)
                .Select(e => (Entity: e, Rank: Rank(e, key)))
                .Where(pair => pair.Rank < 3)
                .OrderBy(pair => pair.Rank).ThenByDescending(pair => pair.Entity.ArticleCount).ThenBy(pair => pair.Entity.Id, StringComparer.Ordinal)
                .Select(pair => pair.Entity.Id);

            Assert.Equal(expected, NameIndex.Build(entities).Search(key, type, 0, 100));
        }
    }

    /// <summary>The stores' conditions, written as the SQL reads them over the comma-joined keys: 0 an exact key, 1 a key starting with the text, 2 a word starting with it, 3 no match.</summary>
    private static int Rank(EntitySearchKeys entity, string key)
    {
        var joined = "," + string.Join(",", entity.Keys) + ",";
        return joined.Contains("," + key + ",", StringComparison.Ordinal) ? 0
            : joined.Contains("," + key, StringComparison.Ordinal) ? 1
            : joined.Contains("-" + key, StringComparison.Ordinal) ? 2 : 3;
    }
}
