using Graph.Core.Linking;
using Graph.Storage.Neo4j.Internal.QueryApi;

namespace Graph.Storage.Neo4j.Internal.Writing;

/// <summary>
/// The counts an entity node keeps (write/set-entity-names.cypher): in how many articles it is mentioned, and for
/// each of its names in how many articles it was used and in how many given as the canonical name. A batch takes
/// off how its articles named the entity before and adds how they name it now, so writing a batch costs its own
/// mentions, however often the entity was named by other articles.
/// </summary>
internal sealed class NameTally
{
    private readonly SortedDictionary<string, NameUse> names = new(StringComparer.Ordinal);

    public int Articles { get; private set; }

    /// <summary>Each name with its counts, in ordinal order.</summary>
    public IEnumerable<NameUse> Names => names.Values;

    /// <summary>The counts as write/entity-names.cypher reads them back from the node.</summary>
    public static NameTally From(QueryRecord record)
    {
        var tally = new NameTally { Articles = record.Int("articles") };
        var counted = record.List("names").Select(Nodes.String)
            .Zip(record.List("nameArticles").Select(Nodes.Int), record.List("canonicalArticles").Select(Nodes.Int));
        foreach (var (name, articles, canonical) in counted)
        {
            tally.names[name] = new NameUse(name, articles, canonical);
        }
        return tally;
    }

    /// <summary>The counts of the given articles' names from nothing: one <see cref="ArticleNames"/> per mention.</summary>
    public static NameTally Of(IEnumerable<ArticleNames> mentions)
    {
        var tally = new NameTally();
        foreach (var article in PerArticle(mentions))
        {
            tally.Add(article);
        }
        return tally;
    }

    /// <summary>
    /// One entry per article: an article may name an entity through several mentions (raw ids linking made one),
    /// and counts once for each name any of them used.
    /// </summary>
    public static IEnumerable<ArticleNames> PerArticle(IEnumerable<ArticleNames> mentions) =>
        mentions.GroupBy(mention => mention.Article, StringComparer.Ordinal).Select(article => new ArticleNames(
            article.Key,
            [.. article.SelectMany(mention => mention.Names).Distinct()],
            [.. article.SelectMany(mention => mention.Canonical).Distinct()]));

    /// <summary>Counts one more article naming the entity so (from <see cref="PerArticle"/>).</summary>
    public void Add(ArticleNames article) => Change(article, +1);

    /// <summary>Takes off an article that named the entity so before (from <see cref="PerArticle"/>).</summary>
    public void Remove(ArticleNames article) => Change(article, -1);

    private void Change(ArticleNames article, int by)
    {
        Articles += by;
        foreach (var name in article.Names)
        {
            var use = names.GetValueOrDefault(name) ?? new NameUse(name, 0, 0);
            use = use with { Articles = use.Articles + by, CanonicalArticles = use.CanonicalArticles + (article.Canonical.Contains(name) ? by : 0) };
            if (use.Articles > 0)
            {
                names[name] = use;
            }
            else
            {
                names.Remove(name);
            }
        }
    }
}
