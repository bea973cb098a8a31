using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>One shared extractor (it is immutable after construction) and small lookups over its output.</summary>
internal static class Extraction
{
    public static ArticleExtractor Extractor { get; } = new();

    public static ArticleGraph Of(string text, string? outlet = null) =>
        Extractor.Extract(new Article("test.txt", "Test", text, Outlet: outlet));

    public static Entity Named(this ArticleGraph graph, string name) =>
        graph.Entities.Single(e => e.Name == name || e.Aliases.Contains(name));

    public static Entity? Find(this ArticleGraph graph, string name) =>
        graph.Entities.SingleOrDefault(e => e.Name == name || e.Aliases.Contains(name));

    public static Quote QuoteContaining(this ArticleGraph graph, string words) =>
        graph.Quotes.Single(q => q.Text.Contains(words, StringComparison.Ordinal));

    public static bool HasQuoteContaining(this ArticleGraph graph, string words) =>
        graph.Quotes.Any(q => q.Text.Contains(words, StringComparison.Ordinal));

    public static bool HasRelation(this ArticleGraph graph, RelationType type, string source, string target, MeetingStatus? status = null) =>
        graph.Relations.Any(r => r.Type == type && r.Status == status
            && ((r.Source == graph.Named(source).Id && r.Target == graph.Named(target).Id)
                || (type == RelationType.Met && r.Source == graph.Named(target).Id && r.Target == graph.Named(source).Id)));

    public static bool HasAnyMeeting(this ArticleGraph graph) => graph.Relations.Any(r => r.Type == RelationType.Met);
}
