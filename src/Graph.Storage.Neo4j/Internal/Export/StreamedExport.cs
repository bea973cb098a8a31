using Graph.Core.Storage;
using Graph.Storage.Neo4j.Internal.Writing;

namespace Graph.Storage.Neo4j.Internal.Export;

/// <summary>
/// One export as it goes: each article's row, mentions and quotes are written as soon as it is read; the entities
/// and merged facts (<see cref="ExportedFacts"/>), and the few quote links whose speaker or subject no article had
/// named yet, are written by <see cref="FinishAsync"/>.
/// </summary>
internal sealed class StreamedExport(ExportFiles files, IReadOnlyDictionary<string, string> links)
{
    private readonly ExportedFacts facts = new();
    private readonly HashSet<string> written = new(StringComparer.Ordinal);
    private readonly List<QuoteRow> deferred = [];
    private readonly List<(string QuoteId, string Subject)> deferredSubjects = [];

    /// <summary>Writes one article's rows, and counts its entities and facts.</summary>
    public async Task WriteArticleAsync(ExtractedArticle article)
    {
        if (!written.Add(article.Article.Id))
        {
            return; // Archives give each article once; a repeat further on keeps the copy already written.
        }
        var rows = BatchRows.From([article], links);
        facts.Add(rows);
        foreach (var row in rows.Articles)
        {
            await files.Articles.WriteAsync(row.Id, row.Source, row.Title, row.Url, row.Date, row.Outlet, row.ExtractorVersion, row.Graph, "Article");
        }
        foreach (var row in rows.Mentions.OrderBy(row => row.EntityId, StringComparer.Ordinal))
        {
            await files.Mentions.WriteAsync(row.ArticleId, row.EntityId, row.Names, row.Canonical, row.Keys, "MENTIONS");
        }
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in rows.Quotes.OrderBy(quote => quote.Id, StringComparer.Ordinal))
        {
            await files.Quotes.WriteAsync(quote.Id, quote.Text, quote.Cue, quote.Start, "Quote");
            await files.In.WriteAsync(quote.Id, quote.ArticleId, "IN");
            // The speaker and subjects are entities of the same article (known by now) almost always; any other
            // waits for the end, when every entity is known.
            if (!facts.IsEntity(quote.SpeakerId))
            {
                deferred.Add(quote);
                continue;
            }
            await WriteQuoteLinksAsync(quote with { About = [.. quote.About.Where(facts.IsEntity)] }, quoted);
            deferredSubjects.AddRange(quote.About.Where(subject => !facts.IsEntity(subject)).Select(subject => (quote.Id, subject)));
        }
    }

    /// <summary>Writes what needed every article: the entities, the merged facts, and the quotes' late links.</summary>
    public async Task FinishAsync()
    {
        foreach (var (label, names) in facts.Entities())
        {
            await files.Entities.WriteAsync(names.Id, names.Name, names.Aliases, names.Keys,
                names.Articles, names.Names, names.NameArticles, names.CanonicalArticles, label);
        }
        foreach (var fact in facts.Relations())
        {
            await (fact.Type switch
            {
                "MET" => files.Met.WriteAsync(fact.SourceId, fact.TargetId, fact.Status, fact.Sources, fact.Evidence, fact.Type),
                "AFFILIATED_WITH" => files.AffiliatedWith.WriteAsync(fact.SourceId, fact.TargetId, fact.Role, fact.Sources, fact.Evidence, fact.Type),
                _ => files.LeaderOf.WriteAsync(fact.SourceId, fact.TargetId, fact.Sources, fact.Evidence, fact.Type),
            });
        }
        foreach (var (quoteId, subject) in deferredSubjects.Where(pair => facts.IsEntity(pair.Subject)))
        {
            await files.About.WriteAsync(quoteId, subject, "ABOUT");
        }
        // Their speakers were not entities when their article was written, so none of them has a QUOTED yet.
        foreach (var article in deferred.GroupBy(quote => quote.ArticleId))
        {
            var quoted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var quote in article)
            {
                await WriteQuoteLinksAsync(quote with
                {
                    SpeakerId = facts.IsEntity(quote.SpeakerId) ? quote.SpeakerId : "",
                    About = [.. quote.About.Where(facts.IsEntity)],
                }, quoted);
            }
        }
    }

    /// <summary>SAID and QUOTED (once per article and speaker) when the speaker is an entity ("" when not), ABOUT per subject.</summary>
    private async Task WriteQuoteLinksAsync(QuoteRow quote, HashSet<string> quotedInArticle)
    {
        if (quote.SpeakerId.Length > 0)
        {
            await files.Said.WriteAsync(quote.SpeakerId, quote.Id, "SAID");
            if (quotedInArticle.Add(quote.SpeakerId))
            {
                await files.Quoted.WriteAsync(quote.ArticleId, quote.SpeakerId, "QUOTED");
            }
        }
        foreach (var subject in quote.About)
        {
            await files.About.WriteAsync(quote.Id, subject, "ABOUT");
        }
    }
}
