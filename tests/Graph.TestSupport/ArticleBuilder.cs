using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.TestSupport;

/// <summary>Builds an extracted article by hand, for store and API tests that must not depend on the extractor.</summary>
public sealed class ArticleBuilder(string text, string source = "test.txt", string? title = null)
{
    private readonly List<Entity> entities = [];
    private readonly List<Relation> relations = [];
    private readonly List<Quote> quotes = [];

    public string Person(string name, params string[] aliases) => Add(EntityType.Person, name, aliases);

    public string Country(string name, params string[] aliases) => Add(EntityType.Country, name, aliases);

    public string Organization(string name, params string[] aliases) => Add(EntityType.Organization, name, aliases);

    public ArticleBuilder Met(string a, string b, MeetingStatus status = MeetingStatus.Held) =>
        Relate(new Relation(RelationType.Met, a, b, status, null, Sentence()));

    public ArticleBuilder AffiliatedWith(string person, string organization, string? role = null) =>
        Relate(new Relation(RelationType.AffiliatedWith, person, organization, null, role, Sentence()));

    public ArticleBuilder LeaderOf(string person, string country) =>
        Relate(new Relation(RelationType.LeaderOf, person, country, null, null, Sentence()));

    public ArticleBuilder Quote(string speaker, string quotation, params string[] about)
    {
        var start = Math.Max(0, text.IndexOf(quotation, StringComparison.Ordinal));
        quotes.Add(new Quote(speaker, quotation, [.. about], start, start + quotation.Length, "said"));
        return this;
    }

    public ExtractedArticle Build(int extractorVersion = 1, string? date = null, string? url = null, string? outlet = null)
    {
        var article = new Article(source, title, text, url, date, outlet);
        var graph = new ArticleGraph(source, title, null, [.. entities], [.. relations], [.. quotes]);
        return new ExtractedArticle(article, graph, extractorVersion);
    }

    private string Add(EntityType type, string name, string[] aliases)
    {
        var id = EntityId.For(type, name);
        var at = text.IndexOf(name, StringComparison.Ordinal);
        ImmutableArray<TextSpan> mentions = at < 0 ? [] : [new TextSpan(at, at + name.Length, name)];
        entities.Add(new Entity(id, type, name, [.. aliases], mentions));
        return id;
    }

    private ArticleBuilder Relate(Relation relation)
    {
        relations.Add(relation);
        return this;
    }

    private TextSpan Sentence() => new(0, text.Length, text);
}
