using Graph.Core.Queries;
using Graph.Queries.Graphs;
using Graph.TestSupport;

namespace Graph.Queries.Tests.Graphs;

/// <summary>Tallies from bare quote links (the fast path of a large store) equal those from whole quotes.</summary>
public sealed class QuoteTalliesTests
{
    private static readonly EntitySummary Ana = FakeGraphReader.Person("Ana Varga");
    private static readonly EntitySummary Tomas = FakeGraphReader.Person("Tomas Brel");
    private static readonly EntitySummary Lena = FakeGraphReader.Person("Lena Ortiz");
    private static readonly ArticleReference Article = new("a1", "a.txt", null, null, null, null);

    [Fact]
    public async Task TalliesFromLinksEqualTalliesFromWholeQuotes()
    {
        QuoteRecord[] quotes =
        [
            new("a1:1", Ana, "One.", [Tomas, Lena], "said", Article),
            new("a1:2", Ana, "Two.", [Tomas], "said", Article),
            new("a1:3", Tomas, "Three.", [Ana, Tomas], "said", Article),
            new("a1:4", Lena, "Four.", [], "said", Article),
        ];
        var links = quotes.SelectMany(quote => quote.About.Length == 0
            ? [new QuoteLink(quote.Id, quote.Speaker.Id, null)]
            : quote.About.Select(about => new QuoteLink(quote.Id, quote.Speaker.Id, about.Id))).ToList();
        var reader = new FakeGraphReader(Ana, Tomas, Lena);

        var expected = QuoteTallies.Of(quotes);
        var fromLinks = await QuoteTallies.FromLinksAsync(links, id => reader.GetEntityAsync(id), topPerType: 10);

        Assert.Equal(expected.Speakers.Select(entry => (entry.Speaker.Id, entry.Quotes)), fromLinks.Speakers.Select(entry => (entry.Speaker.Id, entry.Quotes)));
        Assert.Equal(expected.Said.OrderBy(pair => pair.Key), fromLinks.Said.OrderBy(pair => pair.Key));
        Assert.Equal(expected.About.OrderBy(pair => pair.Key), fromLinks.About.OrderBy(pair => pair.Key));
        Assert.Equal(expected.PairsOf(Tomas.Id), fromLinks.PairsOf(Tomas.Id));
        Assert.Equal(2, fromLinks.SaidBy(Ana.Id));
    }
}
