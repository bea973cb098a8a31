using Graph.Core.Storage;
using Graph.Storage.Neo4j.Internal.Writing;

namespace Graph.Storage.Neo4j.Internal.Export;

/// <summary>
/// The graph the Neo4j store would hold after saving the given articles, built in memory from the same rows
/// (<see cref="BatchRows"/>) and naming rule (<see cref="EntityNaming"/>), so an imported database and an
/// ingested one are alike. Article texts are not kept: only the facts are.
/// </summary>
internal sealed class ExportedGraph
{
    private readonly Dictionary<string, ArticleRow> articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MentionRow>> mentionsByArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Type, RelationRow Row)>> relationsByArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<QuoteRow>> quotesByArticle = new(StringComparer.Ordinal);

    /// <summary>Adds an article; a later copy of the same article replaces the earlier one, as in the store.</summary>
    public void Add(ExtractedArticle article)
    {
        var rows = BatchRows.From([article]);
        var id = article.Article.Id;
        articles[id] = rows.Articles[0];
        mentionsByArticle[id] = [.. rows.Mentions];
        relationsByArticle[id] =
        [
            .. rows.Meetings.Select(row => ("MET", row)),
            .. rows.Affiliations.Select(row => ("AFFILIATED_WITH", row)),
            .. rows.Leaderships.Select(row => ("LEADER_OF", row)),
        ];
        quotesByArticle[id] = [.. rows.Quotes];
    }

    public IEnumerable<ArticleRow> Articles => articles.Values.OrderBy(row => row.Id, StringComparer.Ordinal);

    public IEnumerable<MentionRow> Mentions => mentionsByArticle.Values.SelectMany(rows => rows)
        .OrderBy(row => row.ArticleId, StringComparer.Ordinal).ThenBy(row => row.EntityId, StringComparer.Ordinal);

    public IEnumerable<QuoteRow> Quotes => quotesByArticle.Values.SelectMany(rows => rows).OrderBy(row => row.Id, StringComparer.Ordinal);

    /// <summary>Every entity some article mentions, with its label and merged names.</summary>
    public IEnumerable<(string Label, EntityNamesRow Names)> Entities() =>
        Mentions.GroupBy(row => row.EntityId)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.First().Type, Name(group.Key, group)));

    /// <summary>Each fact once per (type, source, target, status or role), with the articles and sentences supporting it.</summary>
    public IEnumerable<MergedRelation> Relations()
    {
        var entities = Mentions.Select(row => row.EntityId).ToHashSet(StringComparer.Ordinal);
        return relationsByArticle
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .SelectMany(pair => pair.Value)
            .Where(relation => entities.Contains(relation.Row.SourceId) && entities.Contains(relation.Row.TargetId))
            .GroupBy(relation => (relation.Type, relation.Row.SourceId, relation.Row.TargetId, relation.Row.Status, relation.Row.Role))
            .OrderBy(group => group.Key.Type, StringComparer.Ordinal)
            .ThenBy(group => group.Key.SourceId, StringComparer.Ordinal)
            .ThenBy(group => group.Key.TargetId, StringComparer.Ordinal)
            .Select(group => new MergedRelation(
                group.Key.Type, group.Key.SourceId, group.Key.TargetId, group.Key.Status, group.Key.Role,
                [.. group.Select(relation => relation.Row.ArticleId)],
                [.. group.Select(relation => relation.Row.Evidence)]));
    }

    private static EntityNamesRow Name(string id, IEnumerable<MentionRow> mentions) =>
        EntityNaming.From(id, mentions.Select(row => new ArticleNames(row.ArticleId, row.Names, row.Canonical)))!;
}
