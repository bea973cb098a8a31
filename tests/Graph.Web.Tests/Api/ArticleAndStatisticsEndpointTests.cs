using System.Net;
using Graph.Core.Queries;
using Graph.Queries;
using Graph.Web.Tests.Fixtures;

namespace Graph.Web.Tests.Api;

public abstract class ArticleAndStatisticsEndpointTests(GraphWebApiFactory factory) : ApiTests(factory)
{
    public sealed class OnSqlite(SqliteGraphWebFactory factory) : ArticleAndStatisticsEndpointTests(factory);

    public sealed class OnNeo4j(Neo4jGraphWebFactory factory) : ArticleAndStatisticsEndpointTests(factory);

    [Fact]
    public async Task AnArticleFromAQuoteCanBeLookedUpByItsId()
    {
        var quote = (await Client.GetOkAsync<Page<QuoteRecord>>("/api/quotes?contains=harbour")).Items.Single();

        var article = await Client.GetOkAsync<ArticleReference>($"/api/articles/{quote.Article.Id}");

        Assert.Equal("Harbour talks", article.Title);
        Assert.Equal("The Example Times", article.Outlet);
    }

    [Fact]
    public async Task AnUnknownArticleIsA404Problem()
    {
        await Client.GetProblemAsync("/api/articles/0123456789abcdef", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheStatisticsCountWhatTheSampleHolds()
    {
        var statistics = await Client.GetOkAsync<GraphStatistics>("/api/statistics");

        Assert.Equal(new GraphStatistics(Articles: 3, People: 6, Countries: 1, Organizations: 2, Meetings: 5, Affiliations: 2, Leaderships: 1, Quotes: 3), statistics);
    }

    [Fact]
    public async Task TheStatisticsOfAPeriodCountItsArticlesAndWhatTheySay()
    {
        var statistics = await Client.GetOkAsync<GraphStatistics>("/api/statistics?since=2024-03-12&until=2024-03-31");

        Assert.Equal(new GraphStatistics(Articles: 1, People: 3, Countries: 0, Organizations: 0, Meetings: 1, Affiliations: 0, Leaderships: 0, Quotes: 1), statistics);
        await Client.GetProblemAsync("/api/statistics?since=March", HttpStatusCode.BadRequest);
    }
}
