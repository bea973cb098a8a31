using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Extraction.Attribution;
using Graph.Extraction.Relations;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction;

/// <summary>Builds the contract's ArticleGraph from the pipeline's drafts: ids, aliases, evidence spans, one copy of each fact.</summary>
internal static class GraphAssembler
{
    public static ArticleGraph Assemble(Article article, string? detectedOutlet, ResolvedArticle resolved, List<RelationDraft> relations, List<AttributedQuote> quotes)
    {
        var doc = resolved.Document;
        var text = doc.Text;
        var entities = resolved.Entities
            .Where(e => e.Spans.Count > 0)
            .GroupBy(e => e.Id)
            .Select(g => Entity(text, g.ToList()))
            .ToImmutableArray();
        var known = entities.Select(e => e.Id).ToHashSet();
        var relationList = relations
            .Where(r => r.Source != r.Target && known.Contains(r.Source.Id) && known.Contains(r.Target.Id))
            .Select(r => new Relation(r.Type, r.Source.Id, r.Target.Id, r.Status, r.Role, Evidence(doc, r.Sentence)))
            .DistinctBy(r => (r.Type, Pair(r), r.Status))
            .ToImmutableArray();
        var seen = new List<string>();
        var quoteList = ImmutableArray.CreateBuilder<Quote>();
        foreach (var q in quotes)
        {
            var body = text[q.Span.ContentStart..q.Span.ContentEnd];
            var normal = Normalize(body);
            if (!known.Contains(q.Speaker.Id) || seen.Any(s => IsRepeat(s, normal)) || (doc.Blocks[q.Span.Block].Kind == BlockKind.Post && IsQuotedPost(seen, normal)))
            {
                continue;
            }
            seen.Add(normal);
            var about = q.About.Where(e => e.Id != q.Speaker.Id && known.Contains(e.Id)).Select(e => e.Id).Distinct().ToImmutableArray();
            quoteList.Add(new Quote(q.Speaker.Id, body, about, q.Span.ContentStart, q.Span.ContentEnd, text[q.CueStart..q.CueEnd]));
        }
        return new ArticleGraph(article.Source, article.Title, article.Outlet ?? detectedOutlet, entities, relationList, quoteList.ToImmutable());
    }

    private static Entity Entity(string text, List<EntityDraft> drafts)
    {
        var first = drafts[0];
        var spans = drafts.SelectMany(d => d.Spans).Distinct().OrderBy(s => s.Start).Select(s => TextSpan.Of(text, s.Start, s.End)).ToImmutableArray();
        var aliases = drafts.SelectMany(d => d.Surfaces)
            .Where(s => !string.Equals(s, first.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        return new Entity(first.Id, first.Type, first.Name, aliases, spans);
    }

    private static (string, string) Pair(Relation r) =>
        r.Type == RelationType.Met && string.CompareOrdinal(r.Source, r.Target) > 0 ? (r.Target, r.Source) : (r.Source, r.Target);

    private static TextSpan Evidence(Graph.Extraction.Text.Document doc, int sentence)
    {
        var s = doc.Sentences[sentence];
        return TextSpan.Of(doc.Text, s.Start, s.End);
    }

    /// <summary>The same quotation told twice, whole or in part (a tweet quoted, then quoted again in full).</summary>
    private static bool IsRepeat(string earlier, string later) =>
        earlier == later || (later.Length >= 24 && earlier.Contains(later, StringComparison.Ordinal));

    /// <summary>An embedded post whose words the body already quoted, in one or more pieces, for the most part.</summary>
    private static bool IsQuotedPost(List<string> earlier, string post) =>
        earlier.Select(e => e.TrimEnd(',', '.', ' ')).Where(e => e.Length >= 12 && post.Contains(e, StringComparison.Ordinal)).Sum(e => e.Length) >= post.Length * 3 / 5;

    private static string Normalize(string quote) =>
        string.Join(' ', quote.Replace('\u2019', '\'').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
