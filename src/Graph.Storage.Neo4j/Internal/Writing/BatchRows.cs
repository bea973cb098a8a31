using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Storage.Neo4j.Internal.Writing;

/// <summary>
/// Turns a batch of extracted articles into the rows of the write statements, with the embedded store's
/// rules: an article listed twice is stored once (the last copy); MET is directed by id order; a repeated
/// quote (same start) keeps its last text and the subjects of both.
/// </summary>
internal sealed record BatchRows(
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<ArticleRow> Articles,
    IReadOnlyList<MentionRow> Mentions,
    IReadOnlyList<RelationRow> Meetings,
    IReadOnlyList<RelationRow> Affiliations,
    IReadOnlyList<RelationRow> Leaderships,
    IReadOnlyList<QuoteRow> Quotes)
{
    /// <summary>Stands for a null status or role, since MERGE cannot match on null properties.</summary>
    public const string None = "";

    public static BatchRows From(IReadOnlyList<ExtractedArticle> batch)
    {
        var articles = batch
            .GroupBy(extracted => extracted.Article.Id)
            .Select(copies => copies.Last())
            .OrderBy(extracted => extracted.Article.Id, StringComparer.Ordinal)
            .ToList();
        var relations = articles.SelectMany(RelationsOf).Distinct().ToList();
        return new BatchRows(
            [.. articles.Select(extracted => extracted.Article.Id)],
            [.. articles.Select(ArticleOf)],
            [.. articles.SelectMany(MentionsOf).OrderBy(row => row.EntityId, StringComparer.Ordinal)],
            [.. relations.Where(row => row.Type == RelationType.Met).Select(row => row.Row)],
            [.. relations.Where(row => row.Type == RelationType.AffiliatedWith).Select(row => row.Row)],
            [.. relations.Where(row => row.Type == RelationType.LeaderOf).Select(row => row.Row)],
            [.. articles.SelectMany(QuotesOf)]);
    }

    public IEnumerable<string> EntityIds => Mentions.Select(row => row.EntityId);

    private static ArticleRow ArticleOf(ExtractedArticle extracted)
    {
        var (article, graph) = (extracted.Article, extracted.Graph);
        return new ArticleRow(article.Id, article.Source, article.Title, article.Url, article.Date,
            graph.Outlet ?? article.Outlet, extracted.ExtractorVersion);
    }

    private static IEnumerable<MentionRow> MentionsOf(ExtractedArticle extracted)
    {
        // The first name recorded for an entity in an article decides whether it counts as canonical there.
        var names = new Dictionary<string, List<(string Name, bool IsCanonical)>>();
        var types = new Dictionary<string, EntityType>();
        foreach (var entity in extracted.Graph.Entities)
        {
            types.TryAdd(entity.Id, entity.Type);
            var list = names.TryGetValue(entity.Id, out var existing) ? existing : names[entity.Id] = [];
            foreach (var (name, isCanonical) in entity.Aliases.Where(alias => alias != entity.Name)
                         .Select(alias => (alias, false)).Prepend((entity.Name, true)))
            {
                if (list.All(known => known.Name != name))
                {
                    list.Add((name, isCanonical));
                }
            }
        }
        return names.Select(pair => new MentionRow(
            extracted.Article.Id,
            pair.Key,
            types[pair.Key].ToString(),
            [.. pair.Value.Select(name => name.Name)],
            [.. pair.Value.Where(name => name.IsCanonical).Select(name => name.Name)],
            [.. pair.Value.Select(name => EntityId.Slug(name.Name))]));
    }

    private static IEnumerable<(RelationType Type, RelationRow Row)> RelationsOf(ExtractedArticle extracted) =>
        extracted.Graph.Relations.Select(relation =>
        {
            // MET is symmetric: one direction, by id order, so both spellings of a meeting merge.
            var (source, target) = relation.Type == RelationType.Met && string.CompareOrdinal(relation.Source, relation.Target) > 0
                ? (relation.Target, relation.Source)
                : (relation.Source, relation.Target);
            var status = relation.Type == RelationType.Met ? ContractNames.Of(relation.Status) ?? None : null;
            var role = relation.Type == RelationType.AffiliatedWith ? relation.Role ?? None : null;
            return (relation.Type, new RelationRow(extracted.Article.Id, source, target, status, role, relation.Evidence.Text));
        });

    private static IEnumerable<QuoteRow> QuotesOf(ExtractedArticle extracted) =>
        extracted.Graph.Quotes
            .GroupBy(quote => QuoteIds.For(extracted.Article.Id, quote.Start))
            .Select(copies =>
            {
                var last = copies.Last();
                return new QuoteRow(copies.Key, extracted.Article.Id, last.Speaker, last.Text, last.Cue, last.Start,
                    [.. copies.SelectMany(quote => quote.About).Distinct()]);
            });
}
