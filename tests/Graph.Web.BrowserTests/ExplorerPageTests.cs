using System.Net.Http.Json;
using System.Text.Json;
using Graph.TestSupport;
using Microsoft.Playwright;

namespace Graph.Web.BrowserTests;

/// <summary>The explorer in a real browser, on real articles: search a person, read the drawing and the side panel.</summary>
public sealed class ExplorerPageTests
{
    private const string Person = "Kim Jong Un";

    /// <summary>Where the screenshot goes (git-ignored): the README shows a copy of it.</summary>
    public static string ScreenshotPath { get; } = Screenshot("explorer.png");

    private static string Screenshot(string name) => Path.Combine(SharedData.RepositoryRoot, "artifacts", "screenshots", name);

    [Fact]
    public async Task SearchingAPersonDrawsTheirNeighboursAndShowsTheirQuotesAndEvidence()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var articles = new[] { SharedData.Require("corpus/kim-xi-beijing.txt") }
            .Concat(Directory.EnumerateFiles(SharedData.Require("corpus/dev"), "*.txt").Order(StringComparer.Ordinal))
            // 150 BBC politics stories, for a start page worth reading and neighbourhoods of 30 nodes and more.
            .Concat(Directory.EnumerateFiles(SharedData.Require("corpus/bbc/politics"), "*.txt").Order(StringComparer.Ordinal).Take(150))
            .ToList();
        await using var server = await ExplorerServer.StartAsync(articles, cancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });

        if (!(await http.GetAsync("dist/app.js", cancellationToken)).IsSuccessStatusCode)
        {
            Prerequisite.Missing("the explorer's front end, built by npm when Node.js is on PATH at build time");
        }
        await page.GotoAsync(server.Address);
        await page.WaitForFunctionAsync("() => window.explorer && window.explorer.ready");

        // The start page lists and draws the most-mentioned (or most connected) entities; no empty section says "null".
        await Assertions.Expect(page.Locator("#start-list li").First).ToBeVisibleAsync();
        var startCount = await page.Locator("#start-list li").CountAsync();
        await page.WaitForFunctionAsync($"() => window.explorer.cy.nodes('.start').length === {startCount}");
        Assert.DoesNotContain("null", await page.Locator("#panel").InnerTextAsync());
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("start.png") });
        await page.FillAsync("#search", "kim jong");
        await page.Locator(".suggestion", new PageLocatorOptions { HasText = Person }).First.ClickAsync();

        // The panel names the person, and the drawing holds exactly the neighbourhood the API gives.
        await Assertions.Expect(page.Locator("#panel-title")).ToContainTextAsync(Person);
        var hood = await http.GetFromJsonAsync<JsonElement>($"api/entities/{Uri.EscapeDataString(Person)}/neighbourhood?depth=1&limit=60", cancellationToken);
        var expected = hood.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray();
        await page.WaitForFunctionAsync($"() => window.explorer.cy.nodes().length === {expected.Length}");
        var drawn = await page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes().map(n => n.data('name'))");
        Assert.Equal(expected, drawn.Order(StringComparer.Ordinal));
        Assert.Contains("Xi Jinping", drawn);

        // The side panel lists the quotes about the person that the API reports.
        var about = await http.GetFromJsonAsync<JsonElement>($"api/quotes?about={Uri.EscapeDataString(Person)}&limit=20", cancellationToken);
        var firstQuote = about.GetProperty("items").EnumerateArray().Select(quote => quote.GetProperty("text").GetString()!).FirstOrDefault();
        if (firstQuote is not null)
        {
            await Assertions.Expect(page.Locator("#quotes-about")).ToContainTextAsync(firstQuote[..Math.Min(40, firstQuote.Length)]);
        }

        // Clicking the meeting with Xi Jinping shows its evidence sentence.
        var met = await http.GetFromJsonAsync<JsonElement>(
            $"api/entities/{Uri.EscapeDataString(Person)}/relationships?type=MET&with={Uri.EscapeDataString("Xi Jinping")}", cancellationToken);
        var evidence = met.GetProperty("items")[0].GetProperty("evidence")[0].GetProperty("text").GetString()!;
        await page.EvaluateAsync(
            "() => window.explorer.cy.edges().filter(e => e.data('type') === 'MET' && [e.source().data('name'), e.target().data('name')].includes('Xi Jinping')).first().emit('tap')");
        await Assertions.Expect(page.Locator("#panel")).ToContainTextAsync(evidence[..Math.Min(60, evidence.Length)]);
        Assert.DoesNotContain("null", await page.Locator("#panel").InnerTextAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });
        TestContext.Current.SendDiagnosticMessage($"Screenshot saved to {ScreenshotPath}");

        // A busy neighbourhood (the entity whose drawing comes closest to 30 nodes): every shown name stands clear of the others.
        var busiest = await BusyEntityAsync(http, cancellationToken);
        await page.GotoAsync($"{server.Address}?entity={Uri.EscapeDataString(busiest.Id)}");
        await page.WaitForFunctionAsync($"() => window.explorer.cy.nodes().length === {busiest.Nodes}");
        Assert.DoesNotContain("null", await page.Locator("#panel").InnerTextAsync());
        var overlaps = await page.EvaluateAsync<int>("""
            () => {
              const boxes = window.explorer.cy.nodes().filter(n => n.style('label') !== '')
                .map(n => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
              let overlaps = 0;
              for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++)
                  if (boxes[i].x1 < boxes[j].x2 && boxes[j].x1 < boxes[i].x2 && boxes[i].y1 < boxes[j].y2 && boxes[j].y1 < boxes[i].y2) overlaps++;
              return overlaps;
            }
            """);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("neighbourhood.png") });
        TestContext.Current.SendDiagnosticMessage($"{busiest.Id}: {busiest.Nodes} nodes, {overlaps} overlapping labels");
        Assert.Equal(0, overlaps);

        // The path tool draws the shortest paths the API finds and explains them in the panel.
        var paths = await http.GetFromJsonAsync<JsonElement>(
            $"api/connections?from={Uri.EscapeDataString("Xi Jinping")}&to={Uri.EscapeDataString("Moon Jae-in")}&limit=10&quotes=true", cancellationToken);
        var hops = paths.GetProperty("hops").GetInt32();
        var pathEntities = paths.GetProperty("paths").EnumerateArray()
            .SelectMany(path => path.GetProperty("entities").EnumerateArray().Select(entity => entity.GetProperty("name").GetString()!))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        await page.FillAsync("#path-from", "Xi Jinping");
        await page.FillAsync("#path-to", "Moon Jae-in");
        await page.ClickAsync("#path-form button");
        await Assertions.Expect(page.Locator("#panel")).ToContainTextAsync($"shortest path(s) of {hops} hop(s)");
        await page.WaitForFunctionAsync($"() => window.explorer.cy.nodes().length === {pathEntities.Length}");
        var drawnPath = await page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes().map(n => n.data('name'))");
        Assert.Equal(pathEntities, drawnPath.Order(StringComparer.Ordinal));
    }

    /// <summary>Of the most connected entities, the one whose neighbourhood (depth 1, as the explorer draws it) is closest to 30 nodes.</summary>
    private static async Task<(string Id, int Nodes)> BusyEntityAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var ranking = await http.GetFromJsonAsync<JsonElement>("api/insights/most-connected?limit=20", cancellationToken);
        var sizes = new List<(string Id, int Nodes)>();
        foreach (var item in ranking.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("entity").GetProperty("id").GetString()!;
            var hood = await http.GetFromJsonAsync<JsonElement>($"api/entities/{Uri.EscapeDataString(id)}/neighbourhood?depth=1&limit=60", cancellationToken);
            sizes.Add((id, hood.GetProperty("nodes").GetArrayLength()));
        }
        return sizes.MinBy(size => Math.Abs(size.Nodes - 30));
    }
}
