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
            // Sorted, so that concurrent batches take their locks in the same order.
            var touched = mentioned.Records.Select(record => record.String("id"))
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
            await RenameEntitiesAsync(transaction, touched, cancellationToken);
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

    private static async Task RenameEntitiesAsync(QueryTransaction transaction, List<string> entityIds, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return;
        }
        var mentions = await transaction.RunAsync(Statements.EntityNames,
            Parameters("entityIds", entityIds, RowsJson.Default.ListString), cancellationToken);
        var named = new List<EntityNamesRow>();
        var orphans = new List<string>();
        foreach (var record in mentions.Records)
        {
            var id = record.String("id");
            if (EntityNaming.From(id, record.List("mentions")) is { } names)
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
