using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Web.Tests.Fixtures;

/// <summary>
/// Builds one made-up article and the graph an extractor would give for it, with offsets computed from the
/// text, so tests read like the story they tell.
/// </summary>
internal sealed class ArticleBuilder(string title, string text, string date)
{
    private readonly Dictionary<string, Entity> entities = [];
    private readonly List<Relation> relations = [];
    private readonly List<Quote> quotes = [];

    public string Source { get; } = $"made-up/{EntityId.Slug(title)}.txt";

    public string Text { get; } = title + "\n\n" + text;

    public string Entity(EntityType type, string name, params string[] aliases)
    {
        var id = EntityId.For(type, name);
        var mentions = new[] { name }.Concat(aliases)
            .Where(form => Text.Contains(form, StringComparison.Ordinal))
            .Select(form => Span(form))
            .ToImmutableArray();
        entities[id] = new Entity(id, type, name, [.. aliases], mentions);
        return id;
    }

    public ArticleBuilder Relation(RelationType type, string source, string target, string evidence, MeetingStatus? status = null, string? role = null)
    {
        relations.Add(new Relation(type, source, target, status, role, Span(evidence)));
        return this;
    }

    public ArticleBuilder Quote(string speaker, string quoted, string cue, params string[] about)
    {
        var span = Span(quoted);
        quotes.Add(new Quote(speaker, quoted, [.. about], span.Start, span.End, cue));
        return this;
    }

    public ExtractedArticle Build()
    {
        var article = new Article(Source, Text.Split('\n')[0], Text, $"https://news.example/{EntityId.Slug(Text.Split('\n')[0])}", date, "The Example Times");
        var graph = new ArticleGraph(Source, article.Title, article.Outlet, [.. entities.Values], [.. relations], [.. quotes]);
        return new ExtractedArticle(article, graph, ExtractorVersion: 1);
    }

    private TextSpan Span(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the article text.", nameof(part));
        }
        return TextSpan.Of(Text, start, start + part.Length);
    }
}
