using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Storage.Neo4j.Internal.Writing;

/// <summary>
/// Turns a batch of extracted articles into the rows of the write statements, with the embedded store's
/// rules: an article listed twice is stored once (the last copy); every entity id is replaced by the id
/// cross-article linking gave it (its raw id stays on the mention, and the article keeps its whole graph, so
/// a later linking pass can write it again); MET is directed by id order, and a fact whose two ends linking
/// made one entity is left out; a repeated quote (same start) keeps its last text and the subjects of both.
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

    public static BatchRows From(IReadOnlyList<ExtractedArticle> batch, IReadOnlyDictionary<string, string>? links = null) =>
        From([.. batch.Select(extracted => new StoredArticle(ArticleOf(extracted), extracted.Graph))], links);

    /// <summary>The rows of articles already stored once, written again (by a linking pass) from their kept graphs.</summary>
    public static BatchRows From(IReadOnlyList<StoredArticle> batch, IReadOnlyDictionary<string, string>? links)
    {
        var linked = links ?? new Dictionary<string, string>();
        var articles = batch
            .GroupBy(stored => stored.Row.Id)
            .Select(copies => copies.Last())
            .OrderBy(stored => stored.Row.Id, StringComparer.Ordinal)
            .Select(stored => stored with { Row = stored.Row with { Graph = GraphJson.Serialize(stored.Graph) } })
            .ToList();
        var mentions = articles.SelectMany(stored => MentionsOf(stored, linked))
            .OrderBy(row => row.EntityId, StringComparer.Ordinal).ThenBy(row => row.RawId, StringComparer.Ordinal).ToList();
        articles = [.. articles.Select(stored => stored with { Graph = Linked(stored.Graph, linked) })];
        var relations = articles.SelectMany(RelationsOf).Distinct().ToList();
        return new BatchRows(
            [.. articles.Select(stored => stored.Row.Id)],
            [.. articles.Select(stored => stored.Row)],
            mentions,
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

    /// <summary>The facts of the graph with every entity id replaced by its linked id (the mentions keep both).</summary>
    private static ArticleGraph Linked(ArticleGraph graph, IReadOnlyDictionary<string, string> links)
    {
        string Map(string id) => links.GetValueOrDefault(id, id);
        return graph with
        {
            Relations = [.. graph.Relations.Select(relation => relation with { Source = Map(relation.Source), Target = Map(relation.Target) })
                .Where(relation => relation.Source != relation.Target)],
            Quotes = [.. graph.Quotes.Select(quote => quote with { Speaker = Map(quote.Speaker), About = [.. quote.About.Select(Map)] })],
        };
    }

    private static IEnumerable<MentionRow> MentionsOf(StoredArticle stored, IReadOnlyDictionary<string, string> links)
    {
        // The first name recorded for an entity in an article decides whether it counts as canonical there.
        var names = new Dictionary<string, List<(string Name, bool IsCanonical)>>();
        var types = new Dictionary<string, EntityType>();
        foreach (var entity in stored.Graph.Entities)
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
            stored.Row.Id,
            links.GetValueOrDefault(pair.Key, pair.Key),
            pair.Key,
            (EntityId.TypeOf(links.GetValueOrDefault(pair.Key, pair.Key)) ?? types[pair.Key]).ToString(),
            [.. pair.Value.Select(name => name.Name)],
            [.. pair.Value.Where(name => name.IsCanonical).Select(name => name.Name)],
            [.. pair.Value.Select(name => EntityId.Slug(name.Name))]));
    }

    private static IEnumerable<(RelationType Type, RelationRow Row)> RelationsOf(StoredArticle stored) =>
        stored.Graph.Relations.Select(relation =>
        {
            // MET is symmetric: one direction, by id order, so both spellings of a meeting merge.
            var (source, target) = relation.Type == RelationType.Met && string.CompareOrdinal(relation.Source, relation.Target) > 0
                ? (relation.Target, relation.Source)
                : (relation.Source, relation.Target);
            var status = relation.Type == RelationType.Met ? ContractNames.Of(relation.Status) ?? None : null;
            var role = relation.Type == RelationType.AffiliatedWith ? relation.Role ?? None : null;
            return (relation.Type, new RelationRow(stored.Row.Id, source, target, status, role, relation.Evidence.Text));
        });

    private static IEnumerable<QuoteRow> QuotesOf(StoredArticle stored) =>
        stored.Graph.Quotes
            .GroupBy(quote => QuoteIds.For(stored.Row.Id, quote.Start))
            .Select(copies =>
            {
                var last = copies.Last();
                return new QuoteRow(copies.Key, stored.Row.Id, last.Speaker, last.Text, last.Cue, last.Start,
                    [.. copies.SelectMany(quote => quote.About).Distinct()]);
            });
}
