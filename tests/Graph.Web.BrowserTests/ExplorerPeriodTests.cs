using System.Net.Http.Json;
using System.Text.Json;
using Graph.TestSupport;
using Microsoft.Playwright;

namespace Graph.Web.BrowserTests;

/// <summary>
/// The explorer's period filter (issue 13) in a real browser: two dated articles written here, Kim Jong Un meeting Xi
/// Jinping in 2017 and Moon Jae-in in 2018; asking for 2018 redraws the neighbourhood without the 2017 meeting, and
/// the panel dates every sentence and quote and shows each outlet under its name.
/// </summary>
public sealed class ExplorerPeriodTests
{
    private const string Articles = """
        {"title":"Kim Jong Un and Xi Jinping meet in Beijing","text":"North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing on Tuesday, state media said.\n\n\"The talks were sincere,\" Xi Jinping said.","date":"2017-03-28","source":"Harbour Times"}
        {"title":"Kim Jong Un and Moon Jae-in meet at Panmunjom","text":"North Korean leader Kim Jong Un met South Korean President Moon Jae-in at Panmunjom on Friday, officials said.\n\n\"A new era of peace has begun,\" Moon Jae-in said.","date":"2018-04-27","source":"Harbour Times (Online)"}
        """;

    [Fact]
    public async Task OnTheStartPageAPeriodShowsTheCountsOfItsArticles()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var explorer = await DatedExplorer.StartAsync(Articles, cancellationToken);
        var (server, http, browser) = (explorer.Server, explorer.Http, explorer.Browser);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Address);
        await page.WaitForFunctionAsync("() => window.explorer && window.explorer.ready");
        await Assertions.Expect(page.Locator("#counts")).ToContainTextAsync("2 articles:");

        await page.FillAsync("#since", "2018-01-01");
        await page.FillAsync("#until", "2018-12-31");
        await page.ClickAsync("#period-form button[type=submit]");
        await page.WaitForFunctionAsync("() => window.explorer.redrawn === 1");

        var figures = await http.GetFromJsonAsync<JsonElement>("api/statistics?since=2018-01-01&until=2018-12-31", cancellationToken);
        var counts = await page.Locator("#counts").InnerTextAsync();
        Assert.Equal(1, figures.GetProperty("articles").GetInt32());
        Assert.StartsWith("1 article in 2018-01-01 to 2018-12-31:", counts);
        Assert.Contains($"{figures.GetProperty("people").GetInt32()} people", counts);
        Assert.Contains($"{figures.GetProperty("meetings").GetInt32()} meetings", counts);

        await page.ClickAsync("#period-clear");
        await page.WaitForFunctionAsync("() => window.explorer.redrawn === 2");
        await Assertions.Expect(page.Locator("#counts")).ToContainTextAsync("2 articles:");
    }

    [Fact]
    public async Task APeriodRedrawsTheGraphForItsArticlesAndThePanelDatesTheEvidence()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var explorer = await DatedExplorer.StartAsync(Articles, cancellationToken);
        var (server, http, browser) = (explorer.Server, explorer.Http, explorer.Browser);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });

        await page.GotoAsync($"{server.Address}?entity={Uri.EscapeDataString("Kim Jong Un")}");
        await page.WaitForFunctionAsync("() => window.explorer && window.explorer.ready");
        await Assertions.Expect(page.Locator("#panel-title")).ToContainTextAsync("Kim Jong Un");
        await page.WaitForFunctionAsync("() => window.explorer.cy.nodes().some(n => n.data('name') === 'Xi Jinping')");
        // Every evidence sentence and quote shows its article's date beside it.
        await Assertions.Expect(page.Locator("#panel time.date", new PageLocatorOptions { HasText = "2017-03-28" }).First).ToBeAttachedAsync();

        await page.FillAsync("#since", "2018-01-01");
        await page.FillAsync("#until", "2018-12-31");
        await page.ClickAsync("#period-form button[type=submit]");
        await page.WaitForFunctionAsync("() => window.explorer.redrawn === 1");

        var hood = await http.GetFromJsonAsync<JsonElement>(
            $"api/entities/{Uri.EscapeDataString("Kim Jong Un")}/neighbourhood?depth=1&limit=60&since=2018-01-01&until=2018-12-31", cancellationToken);
        var expected = hood.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray();
        var drawn = await page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes().map(n => n.data('name'))");
        Assert.Equal(expected, drawn.Order(StringComparer.Ordinal));
        Assert.Contains("Moon Jae-in", drawn);
        Assert.DoesNotContain("Xi Jinping", drawn);
        var panel = await page.Locator("#panel").InnerTextAsync();
        Assert.Contains("2018-04-27", panel);
        Assert.DoesNotContain("2017-03-28", panel);
        Assert.DoesNotContain("null", panel);
        // The 2018 article spelled its outlet "Harbour Times (Online)": it is shown as the outlet, with its spellings.
        var outlet = page.Locator("#panel .outlet").First;
        await Assertions.Expect(outlet).ToHaveTextAsync("Harbour Times");
        await Assertions.Expect(outlet).ToHaveAttributeAsync("title", "Also spelled: Harbour Times (Online)");
        var screenshot = Path.Combine(SharedData.RepositoryRoot, "artifacts", "screenshots", "period.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });

        // All time again: the 2017 meeting is back.
        await page.ClickAsync("#period-clear");
        await page.WaitForFunctionAsync("() => window.explorer.redrawn === 2");
        await page.WaitForFunctionAsync("() => window.explorer.cy.nodes().some(n => n.data('name') === 'Xi Jinping')");
    }

    /// <summary>The explorer served on the given JSON Lines articles, with an HTTP client on it and a headless browser.</summary>
    private sealed class DatedExplorer : IAsyncDisposable
    {
        private readonly TemporaryDirectory folder;
        private readonly IPlaywright playwright;

        private DatedExplorer(TemporaryDirectory folder, ExplorerServer server, HttpClient http, IPlaywright playwright, IBrowser browser) =>
            (this.folder, Server, Http, this.playwright, Browser) = (folder, server, http, playwright, browser);

        public ExplorerServer Server { get; }

        public HttpClient Http { get; }

        public IBrowser Browser { get; }

        public static async Task<DatedExplorer> StartAsync(string articles, CancellationToken cancellationToken)
        {
            var folder = new TemporaryDirectory();
            ExplorerServer? server = null;
            HttpClient? http = null;
            try
            {
                var file = folder.File("dated.jsonl");
                await File.WriteAllTextAsync(file, articles + "\n", cancellationToken);
                server = await ExplorerServer.StartAsync([file], cancellationToken);
                http = new HttpClient { BaseAddress = new Uri(server.Address) };
                if (!(await http.GetAsync("dist/app.js", cancellationToken)).IsSuccessStatusCode)
                {
                    Prerequisite.Missing("the explorer's front end, built by npm when Node.js is on PATH at build time");
                }
                var (playwright, browser) = await Chromium.LaunchAsync();
                return new DatedExplorer(folder, server, http, playwright, browser);
            }
            catch
            {
                // A missing prerequisite (a skip) or a failed start: nothing started is left behind.
                http?.Dispose();
                if (server is not null)
                {
                    await server.DisposeAsync();
                }
                folder.Dispose();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            playwright.Dispose();
            Http.Dispose();
            await Server.DisposeAsync();
            folder.Dispose();
        }
    }
}
