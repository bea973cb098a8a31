using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Linking;
using Graph.Core.Model;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.QueryApi;
using Graph.Storage.Neo4j.Internal.Retries;

namespace Graph.Storage.Neo4j.Internal.Writing;

/// <summary>
/// The linking pass on Neo4j, the same decision as the embedded store's (<see cref="EntityLinker"/> over the raw ids
/// kept on MENTIONS): the links are replaced, then every article that mentions a raw id whose link changed is
/// written again from the graph it keeps, through the ordinary batch writer, so its facts move to the linked
/// nodes and the nodes left with no mention are removed.
/// </summary>
internal sealed class Neo4jEntityLinking(QueryApiClient client, RetryPolicy retry, Func<Neo4jException, bool> alsoRetry, int batchSize)
{
    public async Task<LinkReport> RunAsync(CancellationToken cancellationToken)
    {
        var raw = await ReadRawEntitiesAsync(cancellationToken);
        var links = EntityLinker.Link(raw);
        var before = await ReadLinksAsync(client, cancellationToken);
        var after = links.ToDictionary(link => link.RawId, link => link.EntityId, StringComparer.Ordinal);
        var changed = LinkChanges.Between(before, after);
        var rows = new JsonArray([.. links.Select(link => (JsonNode?)new JsonObject
        {
            ["rawId"] = link.RawId, ["entityId"] = link.EntityId, ["reason"] = link.Reason,
        })]);
        await retry.ExecuteAsync(token => client.RunAsync(Statements.ReplaceEntityLinks, new JsonObject { ["links"] = rows }, token), cancellationToken);
        if (changed.Count > 0)
        {
            await RewriteArticlesAsync(changed, after, cancellationToken);
        }
        await retry.ExecuteAsync(token => client.RunAsync(Statements.SetLinkerVersion, new JsonObject { ["version"] = EntityLinker.Version }, token), cancellationToken);
        return new LinkReport(raw.Count, links.Count, changed.Count);
    }

    public static async Task<Dictionary<string, string>> ReadLinksAsync(QueryApiClient client, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(Statements.EntityLinks, null, cancellationToken);
        return result.Records.ToDictionary(record => record.String("rawId"), record => record.String("entityId"), StringComparer.Ordinal);
    }

    private async Task<List<RawEntity>> ReadRawEntitiesAsync(CancellationToken cancellationToken)
    {
        var names = await client.RunAsync(Statements.RawEntityNames, null, cancellationToken);
        var articles = await client.RunAsync(Statements.RawEntityArticles, null, cancellationToken);
        return RawEntity.From(
            articles.Records.Select(record => (record.String("rawId"), record.Int("articles"))),
            names.Records.Select(record => (record.String("rawId"),
                new NameUse(record.String("name"), record.Int("articles"), record.Int("canonicalArticles")))));
    }

    private async Task RewriteArticlesAsync(List<string> changed, Dictionary<string, string> links, CancellationToken cancellationToken)
    {
        var ids = new JsonArray([.. changed.Select(id => (JsonNode?)id)]);
        var affected = await client.RunAsync(Statements.ArticlesMentioningRaw, new JsonObject { ["rawIds"] = ids }, cancellationToken);
        var writer = new BatchWriter(client);
        foreach (var batch in affected.Records.Select(record => record.String("id")).Chunk(Math.Max(1, batchSize)))
        {
            var parameters = new JsonObject { ["articleIds"] = new JsonArray([.. batch.Select(id => (JsonNode?)id)]) };
            var stored = await client.RunAsync(Statements.StoredArticles, parameters, cancellationToken);
            var rows = BatchRows.From([.. stored.Records.Select(record => Stored(record.Map("article")))], links);
            await retry.ExecuteAsync(token => writer.WriteAsync(rows, token), cancellationToken, alsoRetry);
        }
    }

    private static StoredArticle Stored(JsonObject map) => new(
        new ArticleRow(
            Nodes.String(map["id"]), Nodes.String(map["source"]), Nodes.NullableString(map["title"]),
            Nodes.NullableString(map["url"]), Nodes.NullableString(map["date"]), Nodes.NullableString(map["outlet"]),
            Nodes.Int(map["extractorVersion"])),
        GraphJson.Deserialize(Nodes.String(map["graph"])));
}
