using Graph.TestSupport;
using Microsoft.Playwright;

namespace Graph.Web.BrowserTests;

/// <summary>Issue 12, items 1 and 2 in a real browser: stored links cannot run script, and the page works under its CSP.</summary>
public sealed class ExplorerSecurityTests
{
    [Fact]
    public async Task Issue12_AStoredJavascriptUrlIsNotALinkAndThePageWorksUnderItsContentSecurityPolicy()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        // Stored past the readers, which now refuse such a URL: an older store, or another writer, may hold one.
        var poisoned = new ArticleBuilder("Tomas Brel said: We spoke for hours.", "poisoned.jsonl:1", "Poisoned article");
        poisoned.Quote(poisoned.Person("Tomas Brel"), "We spoke for hours");
        var safe = new ArticleBuilder("Tomas Brel said later: It went well.", "safe.jsonl:1", "Safe article");
        safe.Quote(safe.Person("Tomas Brel"), "It went well");
        await using var server = await ExplorerServer.StartAsync([], cancellationToken,
            [poisoned.Build(url: "javascript:alert(document.cookie)"), safe.Build(url: "https://example.org/safe")]);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        if (!(await http.GetAsync("dist/app.js", cancellationToken)).IsSuccessStatusCode)
        {
            Prerequisite.Missing("the explorer's front end, built by npm when Node.js is on PATH at build time");
        }
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await page.AddInitScriptAsync(
            "window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");

        var response = await page.GotoAsync(server.Address);
        await page.WaitForFunctionAsync("() => window.explorer && window.explorer.ready");
        await page.FillAsync("#search", "tomas brel");
        await page.Locator(".suggestion", new PageLocatorOptions { HasText = "Tomas Brel" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#panel-title")).ToContainTextAsync("Tomas Brel");
        await Assertions.Expect(page.Locator("#quotes-said")).ToContainTextAsync("Poisoned article");

        // The javascript: address is shown as plain text; the https one is a link.
        Assert.Equal(0, await page.Locator("a[href^='javascript' i]").CountAsync());
        Assert.Equal(0, await page.Locator("#quotes-said a", new PageLocatorOptions { HasText = "Poisoned article" }).CountAsync());
        Assert.Equal("https://example.org/safe",
            await page.Locator("#quotes-said a", new PageLocatorOptions { HasText = "Safe article" }).GetAttributeAsync("href"));

        // The policy is sent and holds: the page drew its graph without a violation, and injected script does not run.
        Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);
        Assert.True(await page.EvaluateAsync<int>("() => window.explorer.cy.nodes().length") > 0);
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.cspViolations"));
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true; alert(1)'; document.body.append(s); }");
        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.Empty(dialogs);
    }
}
