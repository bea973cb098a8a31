using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.QueryApi;

namespace Graph.Storage.Neo4j.Internal.Writing;

/// <summary>
/// Writes one batch of articles in one explicit transaction: the entities it touches are locked, the articles' old facts are retracted,
/// then their new facts merged, then the entities they touch renamed (or removed when no article mentions
/// them any more), and each article's completion marker is written last. If anything fails the transaction
/// is rolled back, so no article is ever half-written.
/// </summary>
internal sealed class BatchWriter(QueryApiClient client)
{
    public async Task WriteAsync(BatchRows rows, CancellationToken cancellationToken)
    {
        var transaction = client.BeginTransaction();
        try
        {
            var articleIds = Parameters("articleIds", rows.ArticleIds.ToList(), RowsJson.Default.ListString);
            var mentioned = await transaction.RunAsync(Statements.MentionedEntities, articleIds, cancellationToken);
            var before = mentioned.Records.Select(record => (EntityId: record.String("id"), Names: new ArticleNames(
                record.String("article"), record.Strings("names"), record.Strings("canonical")))).ToList();
            // Sorted, so that concurrent batches take their locks in the same order.
            var touched = before.Select(mention => mention.EntityId)
                .Concat(rows.EntityIds)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
            await RunIfAnyAsync(transaction, Statements.LockEntities, "entityIds", touched, RowsJson.Default.ListString, cancellationToken);
            await transaction.RunAsync(Statements.RetractRelations, articleIds, cancellationToken);
            await transaction.RunAsync(Statements.RetractQuotes, articleIds, cancellationToken);
            await transaction.RunAsync(Statements.RetractMentions, articleIds, cancellationToken);
            await transaction.RunAsync(Statements.MergeArticles,
                Parameters("articles", rows.Articles.ToList(), RowsJson.Default.ListArticleRow), cancellationToken);
            await RunIfAnyAsync(transaction, Statements.MergeMentions, "mentions", rows.Mentions, RowsJson.Default.ListMentionRow, cancellationToken);
            await RunIfAnyAsync(transaction, Statements.MergeMeetings, "meetings", rows.Meetings, RowsJson.Default.ListRelationRow, cancellationToken);
            await RunIfAnyAsync(transaction, Statements.MergeAffiliations, "affiliations", rows.Affiliations, RowsJson.Default.ListRelationRow, cancellationToken);
            await RunIfAnyAsync(transaction, Statements.MergeLeaderships, "leaderships", rows.Leaderships, RowsJson.Default.ListRelationRow, cancellationToken);
            await RunIfAnyAsync(transaction, Statements.MergeQuotes, "quotes", rows.Quotes, RowsJson.Default.ListQuoteRow, cancellationToken);
            await RenameEntitiesAsync(transaction, touched, before, rows.Mentions, cancellationToken);
            await transaction.RunAsync(Statements.CompleteArticles,
                Parameters("articles", rows.Articles.ToList(), RowsJson.Default.ListArticleRow), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await transaction.RollbackQuietlyAsync();
            throw;
        }
    }

    /// <summary>
    /// Changes the counts kept on the touched entities by the batch's own mentions (the old ones off, the new ones
    /// on), renames the entities from them, and removes those no article mentions any more.
    /// </summary>
    private static async Task RenameEntitiesAsync(
        QueryTransaction transaction, List<string> entityIds, List<(string EntityId, ArticleNames Names)> before,
        IReadOnlyList<MentionRow> after, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return;
        }
        var counts = await transaction.RunAsync(Statements.EntityNames,
            Parameters("entityIds", entityIds, RowsJson.Default.ListString), cancellationToken);
        var tallies = counts.Records.ToDictionary(record => record.String("id"), NameTally.From, StringComparer.Ordinal);
        foreach (var (entityId, names) in PerArticle(before))
        {
            tallies.GetValueOrDefault(entityId)?.Remove(names);
        }
        foreach (var (entityId, names) in PerArticle(after.Select(row => (row.EntityId, new ArticleNames(row.ArticleId, row.Names, row.Canonical)))))
        {
            tallies.GetValueOrDefault(entityId)?.Add(names);
        }
        var named = new List<EntityNamesRow>();
        var orphans = new List<string>();
        foreach (var (id, tally) in tallies.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (EntityNaming.From(id, tally) is { } names)
            {
                named.Add(names);
            }
            else
            {
                orphans.Add(id);
            }
        }
        await RunIfAnyAsync(transaction, Statements.SetEntityNames, "entities", named, RowsJson.Default.ListEntityNamesRow, cancellationToken);
        await RunIfAnyAsync(transaction, Statements.DeleteOrphanEntities, "entityIds", orphans, RowsJson.Default.ListString, cancellationToken);
    }

    private static IEnumerable<(string EntityId, ArticleNames Names)> PerArticle(IEnumerable<(string EntityId, ArticleNames Names)> mentions) =>
        mentions.GroupBy(mention => mention.EntityId, StringComparer.Ordinal)
            .SelectMany(entity => NameTally.PerArticle(entity.Select(mention => mention.Names)).Select(names => (entity.Key, names)));

    private static async Task RunIfAnyAsync<T>(
        QueryTransaction transaction, CypherStatement statement, string name, IReadOnlyList<T> rows,
        JsonTypeInfo<List<T>> typeInfo, CancellationToken cancellationToken)
    {
        if (rows.Count > 0)
        {
            await transaction.RunAsync(statement, Parameters(name, rows.ToList(), typeInfo), cancellationToken);
        }
    }

    private static JsonObject Parameters<T>(string name, List<T> rows, JsonTypeInfo<List<T>> typeInfo) =>
        new() { [name] = JsonSerializer.SerializeToNode(rows, typeInfo) };
}
