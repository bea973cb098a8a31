using Graph.Ingestion.Reading;
using System.Text;

namespace Graph.Ingestion.Tests.Reading;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!doctype html>
        <html><head><title>Site | Envoys meet</title><link rel="canonical" href="https://example.org/envoys"></head>
        <body>
          <header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
          <article>
            <h1>Envoys meet in Oslo</h1>
            <div class="share-bar"><button>Share on Facebook</button><a>Tweet this</a></div>
            <p class="byline">By Ola Nordmann</p>
            <figure><img src="x.jpg"><figcaption>The envoys shake hands. (Photo: Agency)</figcaption></figure>
            <p>The two envoys met on <b>Monday</b>.</p>
            <p>"It went well," one said.</p>
            <aside class="related">Related: Other story</aside>
            <script>var tracking = 1;</script>
          </article>
          <footer>Copyright</footer>
        </body></html>
        """;

    [Fact]
    public void OnlyTheMainTextIsKeptOneParagraphPerBlock()
    {
        var (title, text, url, _, _) = HtmlReader.Extract(Page);

        Assert.Equal("Envoys meet in Oslo", title);
        Assert.Equal("Envoys meet in Oslo\n\nBy Ola Nordmann\n\nThe two envoys met on Monday.\n\n\"It went well,\" one said.", text);
        Assert.Equal("https://example.org/envoys", url);
    }

    [Fact]
    public void MalformedHtmlIsReadAsFarAsItMakesSense()
    {
        var (_, text, _, _, _) = HtmlReader.Extract("<html><body><p>First <b>bold<p>Second</div></span>");

        Assert.Equal("First bold\n\nSecond", text);
    }

    [Fact]
    public void APageWithNoTextIsAFailure()
    {
        var outcome = Assert.Single(new HtmlReader().Read("a.html", Encoding.UTF8.GetBytes("<html><body><nav>Home</nav><script>x()</script></body></html>"), ReadLimits.Default));

        Assert.Equal("no article text found", outcome.Failure!.Reason);
    }

    [Fact]
    public void TheMetadataGivesTheDateTheOutletTheCanonicalUrlAndATitleWithoutTheSiteName()
    {
        var page = HtmlReader.Extract("""
            <html><head>
              <title>Envoys meet in Oslo - Example News</title>
              <meta property="og:site_name" content="Example News">
              <meta property="og:url" content="https://example.org/envoys">
              <meta property="article:published_time" content="2018-03-28T14:05:00+02:00">
            </head><body><main><p>The two envoys met.</p></main></body></html>
            """);

        Assert.Equal(("Envoys meet in Oslo", "https://example.org/envoys", "2018-03-28T14:05:00+02:00", "Example News"),
            (page.Title, page.Url, page.Date, page.Outlet));
    }

    [Fact]
    public void JsonLdGivesTheDateAndPublisherWhenTheMetaTagsDoNot()
    {
        var page = HtmlReader.Extract("""
            <html><head><link rel="canonical" href="https://example.org/a">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
              {"@type":"NewsArticle","datePublished":"2019-02-27","publisher":{"@type":"Organization","name":"The Daily Example"}}]}</script>
            </head><body><article><h1>Summit ends early</h1><p>Text.</p></article></body></html>
            """);

        Assert.Equal(("Summit ends early", "https://example.org/a", "2019-02-27", "The Daily Example"), (page.Title, page.Url, page.Date, page.Outlet));
    }

    [Fact]
    public void ATimeElementGivesTheDateAndAPageTitleLosesASiteNameLikeSuffix()
    {
        var page = HtmlReader.Extract("""
            <html><head><title>Kim and Xi meet in Beijing | World News Daily</title></head>
            <body><main><p>Posted <time datetime="2018-03-28">March 28</time></p><p>Text.</p></main></body></html>
            """);

        Assert.Equal(("Kim and Xi meet in Beijing", "2018-03-28", null), (page.Title, page.Date, page.Outlet));
    }

    [Fact]
    public void AHeadlineWithADashIsKeptWholeWhenTheSiteNameIsUnknown() =>
        Assert.Equal("Kim Jong Un - Xi Jinping", HtmlReader.Extract("<html><body><article><h1>Kim Jong Un - Xi Jinping</h1><p>Text.</p></article></body></html>").Title);

    [Fact]
    public void TheArticleGetsTheNormalisedDateAndABadDateIsAWarning()
    {
        static ReadOutcome Read(string date) => Assert.Single(new HtmlReader().Read("a.html", Encoding.UTF8.GetBytes(
            $"<html><head><meta property=\"article:published_time\" content=\"{date}\"><meta property=\"og:site_name\" content=\"Example News\"></head><body><p>Text.</p></body></html>"),
            ReadLimits.Default));

        var good = Read("2018-03-28T14:05:00Z");
        var bad = Read("2050-01-01");

        Assert.Equal(("2018-03-28", "Example News"), (good.Article!.Date, good.Article.Outlet));
        Assert.Null(good.Warning);
        Assert.Null(bad.Article!.Date);
        Assert.Contains("outside", bad.Warning!.Reason);
    }

    [Fact]
    public void Issue11_AHundredThousandNestedDivsAreRefusedAsBadInputWithoutBeingParsed()
    {
        const int depth = 100_000;
        var html = "<html><body><article><p>Kari Holm met Lars Berg.</p>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "More text." + string.Concat(Enumerable.Repeat("</div>", depth)) + "</article></body></html>";

        var outcome = Assert.Single(new HtmlReader().Read("deep.html", Encoding.UTF8.GetBytes(html), ReadLimits.Default));

        Assert.Null(outcome.Article);
        Assert.Equal("deep.html: HTML nested more than 1,000 elements deep: not an article page, and too costly to read", outcome.Failure!.ToString());
    }

    [Fact]
    public void ManyUnclosedParagraphsCommentsAndScriptsDoNotCountAsNesting()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat("<p>Kari Holm met Lars Berg.<br><img src=x />", 5_000))
            + string.Concat(Enumerable.Repeat("<!-- <div> --><script>var s = '<div><div>';</script>", 2_000)) + "</article></body></html>";

        var outcome = Assert.Single(new HtmlReader().Read("long.html", Encoding.UTF8.GetBytes(html), ReadLimits.Default));

        Assert.NotNull(outcome.Article);
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"javascript:alert(document.cookie)\">")]
    [InlineData("<meta property=\"og:url\" content=\" javascript:alert(1)\">")]
    public void Issue12_APageWhoseLinkIsNotHttpIsReportedNotStored(string head)
    {
        var html = $"<html><head>{head}</head><body><article><p>Envoys met in Oslo.</p></article></body></html>";

        var outcome = Assert.Single(new HtmlReader().Read("page.html", Encoding.UTF8.GetBytes(html), ReadLimits.Default));

        Assert.Null(outcome.Article);
        Assert.Contains("not an absolute http(s) address", outcome.Failure!.Reason);
    }
}
