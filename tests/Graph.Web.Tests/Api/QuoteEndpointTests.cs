using System.Net;
using Graph.Core.Queries;
using Graph.Queries;
using Graph.Web.Tests.Fixtures;
using static Graph.Web.Tests.Fixtures.Api;

namespace Graph.Web.Tests.Api;

public abstract class QuoteEndpointTests(GraphWebApiFactory factory) : ApiTests(factory)
{
    public sealed class OnSqlite(SqliteGraphWebFactory factory) : QuoteEndpointTests(factory);

    public sealed class OnNeo4j(Neo4jGraphWebFactory factory) : QuoteEndpointTests(factory);

    [Fact]
    public async Task QuotesBySpeakerNameComeWithWhomTheyAreAboutAndTheArticle()
    {
        var page = await Client.GetOkAsync<Page<QuoteRecord>>("/api/quotes?speaker=Bram%20de%20Vries");

        var quote = Assert.Single(page.Items);
        Assert.Equal(SampleGraph.BramQuote, quote.Text);
        Assert.Equal([SampleGraph.Veloria, SampleGraph.Anna], quote.About.Select(about => about.Id).Order());
        Assert.Equal("Veloria and the Alliance hold summit", quote.Article.Title);
        Assert.Equal("2024-03-04", quote.Article.Date);
    }

    [Fact]
    public async Task QuotesAboutAnEntityFindWhoSaidWhatAboutThem()
    {
        var page = await Client.GetOkAsync<Page<QuoteRecord>>($"/api/quotes?about={Escape("Kovács")}");

        Assert.Equal([SampleGraph.Bram, SampleGraph.JeanLuc], page.Items.Select(quote => quote.Speaker.Id).Order());
    }

    [Fact]
    public async Task QuotesFilterByWordsAndByArticle()
    {
        var byWords = await Client.GetOkAsync<Page<QuoteRecord>>("/api/quotes?contains=harbour");
        var quote = Assert.Single(byWords.Items);
        var byArticle = await Client.GetOkAsync<Page<QuoteRecord>>($"/api/quotes?article={quote.Article.Id}");

        Assert.Equal(SampleGraph.Peter, quote.Speaker.Id);
        Assert.Equal([quote.Id], byArticle.Items.Select(q => q.Id));
    }

    [Fact]
    public async Task QuotesArePagedWithAHardCap()
    {
        var first = await Client.GetOkAsync<Page<QuoteRecord>>("/api/quotes?limit=2");
        var rest = await Client.GetOkAsync<Page<QuoteRecord>>("/api/quotes?limit=2&offset=2");

        Assert.True(first.HasMore);
        Assert.False(rest.HasMore);
        Assert.Equal(3, first.Items.Concat(rest.Items).Select(quote => quote.Id).Distinct().Count());
        await Client.GetProblemAsync("/api/quotes?limit=1000", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task QuotesByAnUnknownSpeakerAreA404AndByAnAmbiguousOneA409()
    {
        await Client.GetProblemAsync("/api/quotes?speaker=Nobody", HttpStatusCode.NotFound);
        await Client.GetProblemAsync("/api/quotes?about=Lind", HttpStatusCode.Conflict);
        await Client.GetProblemAsync("/api/quotes?article=0000", HttpStatusCode.NotFound);
    }
}
