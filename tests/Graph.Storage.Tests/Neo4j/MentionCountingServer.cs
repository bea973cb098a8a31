using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Storage.Neo4j.Internal.Cypher;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// A fake Query API that keeps the part of the graph the entity counts depend on (articles, MENTIONS, the entity
/// nodes' properties, the entity links) and answers the statements of a batch and of a linking pass as Neo4j would
/// answer them, so tests can follow the counts through many writes. Every statement it does not model answers no
/// rows. Statements run in order, one at a time; a transaction's writes are visible at once (no rollback).
/// </summary>
internal sealed class MentionCountingServer : IDisposable
{
    private readonly FakeQueryApi server = new();
    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonObject> articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> links = new(StringComparer.Ordinal);

    public MentionCountingServer() => server.Otherwise = Answer;

    public Uri Uri => server.Uri;

    public IEnumerable<ReceivedRequest> Requests => server.Requests;

    /// <summary>Every MENTIONS relationship: the article, the entity, and the mention's properties.</summary>
    public List<StoredMention> Mentions { get; } = [];

    /// <summary>The entity nodes' properties, by id.</summary>
    public IReadOnlyDictionary<string, JsonObject> Entities => entities;

    /// <summary>An entity node as an older version of the store left it: mentioned, without counts.</summary>
    public void SetEntity(string id, JsonObject properties) => entities[id] = properties;

    public void Dispose() => server.Dispose();

    private Answer Answer(ReceivedRequest request)
    {
        if (request.Path.EndsWith("/commit", StringComparison.Ordinal) || request.Method == "DELETE")
        {
            return global::Graph.Storage.Tests.Neo4j.Answer.Json(202, """{"bookmarks":[]}""");
        }
        var parameters = request.Body?["parameters"] as JsonObject ?? [];
        List<JsonArray> rows;
        lock (gate)
        {
            rows = Run(request.Statement, parameters);
        }
        var body = new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray([.. rows]) },
            ["bookmarks"] = new JsonArray(),
        };
        if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
        {
            body["transaction"] = new JsonObject { ["id"] = "tx1", ["expires"] = "2030-01-01T00:00:00Z" };
        }
        body["data"]!["fields"] = new JsonArray([.. Fields(request.Statement).Select(field => (JsonNode?)field)]);
        return global::Graph.Storage.Tests.Neo4j.Answer.Json(202, body.ToJsonString());
    }

    private static string[] Fields(string? statement) => statement switch
    {
        _ when statement == Statements.EntityLinks.Text => ["rawId", "entityId"],
        _ when statement == Statements.MentionedEntities.Text => ["article", "id", "names", "canonical"],
        _ when statement == Statements.EntityNames.Text => ["id", "articles", "names", "nameArticles", "canonicalArticles"],
        _ when statement == Statements.RawEntityNames.Text => ["rawId", "name", "articles", "canonicalArticles"],
        _ when statement == Statements.RawEntityArticles.Text => ["rawId", "articles"],
        _ when statement == Statements.ArticlesMentioningRaw.Text => ["id"],
        _ when statement == Statements.StoredArticles.Text => ["article"],
        _ => [],
    };

    private List<JsonArray> Run(string? statement, JsonObject parameters)
    {
        HashSet<string> Ids(string name) => [.. (parameters[name] as JsonArray ?? []).Select(id => id!.GetValue<string>())];
        IEnumerable<JsonObject> Rows(string name) => (parameters[name] as JsonArray ?? []).OfType<JsonObject>();

        if (statement == Statements.EntityLinks.Text)
        {
            return [.. links.OrderBy(link => link.Key, StringComparer.Ordinal).Select(link => Row(link.Key, link.Value))];
        }
        if (statement == Statements.MentionedEntities.Text)
        {
            var ids = Ids("articleIds");
            return [.. Mentions.Where(mention => ids.Contains(mention.ArticleId))
                .Select(mention => Row(mention.ArticleId, mention.EntityId, Strings(mention.Names), Strings(mention.Canonical)))];
        }
        if (statement == Statements.RetractMentions.Text)
        {
            var ids = Ids("articleIds");
            Mentions.RemoveAll(mention => ids.Contains(mention.ArticleId));
        }
        else if (statement == Statements.MergeArticles.Text)
        {
            foreach (var row in Rows("articles"))
            {
                articles[row["id"]!.GetValue<string>()] = (JsonObject)row.DeepClone();
            }
        }
        else if (statement == Statements.MergeMentions.Text)
        {
            foreach (var row in Rows("mentions"))
            {
                var (articleId, entityId, rawId) = (Text(row, "articleId"), Text(row, "entityId"), Text(row, "rawId"));
                entities.TryAdd(entityId, new JsonObject { ["name"] = row["canonical"]![0]!.GetValue<string>() });
                Mentions.RemoveAll(mention => mention.ArticleId == articleId && mention.EntityId == entityId && mention.RawId == rawId);
                Mentions.Add(new StoredMention(articleId, entityId, rawId, Strings(row["names"]), Strings(row["canonical"])));
            }
        }
        else if (statement == Statements.EntityNames.Text)
        {
            return [.. Ids("entityIds").Where(entities.ContainsKey).Select(id =>
            {
                var entity = entities[id];
                entity["articles"] ??= 0;
                return Row(id, entity["articles"]!.DeepClone(), Copy(entity["names"]), Copy(entity["nameArticles"]), Copy(entity["canonicalArticles"]));
            })];
        }
        else if (statement == Statements.SetEntityNames.Text)
        {
            foreach (var row in Rows("entities"))
            {
                var entity = entities[Text(row, "id")];
                foreach (var key in new[] { "name", "aliases", "keys", "articles", "names", "nameArticles", "canonicalArticles" })
                {
                    entity[key] = row[key]?.DeepClone();
                }
            }
        }
        else if (statement == Statements.DeleteOrphanEntities.Text)
        {
            foreach (var id in Ids("entityIds").Where(id => Mentions.All(mention => mention.EntityId != id)))
            {
                entities.Remove(id);
            }
        }
        else if (statement == Statements.CompleteArticles.Text)
        {
            foreach (var row in Rows("articles"))
            {
                articles[Text(row, "id")]["extractorVersion"] = row["extractorVersion"]!.DeepClone();
            }
        }
        else if (statement == Statements.ReplaceEntityLinks.Text)
        {
            links.Clear();
            foreach (var row in Rows("links"))
            {
                links[Text(row, "rawId")] = Text(row, "entityId");
            }
        }
        else if (statement == Statements.RawEntityNames.Text)
        {
            return [.. Mentions.SelectMany(mention => mention.Names.Select(name => (mention, name)))
                .GroupBy(use => (use.mention.RawId, use.name))
                .Select(uses => Row(uses.Key.RawId, uses.Key.name,
                    uses.Select(use => use.mention.ArticleId).Distinct().Count(),
                    uses.Where(use => use.mention.Canonical.Contains(use.name)).Select(use => use.mention.ArticleId).Distinct().Count()))];
        }
        else if (statement == Statements.RawEntityArticles.Text)
        {
            return [.. Mentions.GroupBy(mention => mention.RawId)
                .Select(raw => Row(raw.Key, raw.Select(mention => mention.ArticleId).Distinct().Count()))];
        }
        else if (statement == Statements.ArticlesMentioningRaw.Text)
        {
            var ids = Ids("rawIds");
            return [.. Mentions.Where(mention => ids.Contains(mention.RawId)).Select(mention => mention.ArticleId)
                .Distinct().Order(StringComparer.Ordinal).Select(id => Row(id))];
        }
        else if (statement == Statements.StoredArticles.Text)
        {
            return [.. Ids("articleIds").Where(articles.ContainsKey).Select(id => Row(articles[id].DeepClone()))];
        }
        return [];
    }

    private static string Text(JsonObject row, string key) => row[key]!.GetValue<string>();

    private static string[] Strings(JsonNode? list) => [.. (list as JsonArray ?? []).Select(item => item!.GetValue<string>())];

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(item => (JsonNode?)item)]);

    private static JsonNode Copy(JsonNode? list) => list?.DeepClone() ?? new JsonArray();

    private static JsonArray Row(params object?[] values) =>
        new([.. values.Select(value => value as JsonNode ?? JsonSerializer.SerializeToNode(value))]);
}

/// <summary>One MENTIONS relationship kept by <see cref="MentionCountingServer"/>.</summary>
internal sealed record StoredMention(string ArticleId, string EntityId, string RawId, string[] Names, string[] Canonical);
