using Microsoft.Playwright;

using Xunit;

namespace Modernize.Testing.Browser;

/// <summary>One headless Chromium (Debian's, driven by Playwright) shared by the tests of a class.</summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium did not start");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>Opens a report file and waits until the page says it is ready (body[data-ready]); records console errors, page errors and every request.</summary>
    public async Task<ReportPage> OpenAsync(string file, int width = 1440, int height = 1000)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var result = new ReportPage(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                result.Errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => result.Errors.Add("page: " + error);
        page.Request += (_, request) => result.Requests.Add(request.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        return result;
    }
}

/// <summary>An open report and what happened while it loaded and ran.</summary>
public sealed class ReportPage(IPage page)
{
    public IPage Page { get; } = page;

    public List<string> Errors { get; } = [];

    public List<string> Requests { get; } = [];

    public Task<string> TextOfAsync(string selector) => Page.Locator(selector).InnerTextAsync();

    /// <summary>All text of an element, hidden parts (collapsed details, inactive tabs) included.</summary>
    public async Task<string> AllTextAsync(string selector) => await Page.Locator(selector).TextContentAsync() ?? string.Empty;

    /// <summary>Clicks a node of the cells map with the mouse, where cytoscape drew it.</summary>
    public async Task ClickCellAsync(string cellName)
    {
        await Page.Locator("#cells-map").ScrollIntoViewIfNeededAsync();
        var box = await SettledBoxAsync("#cells-map");
        var position = await Page.EvaluateAsync<double[]>("name => { const n = window.modernizeReport.cy.nodes().filter(x => x.data('name') === name); const p = n.renderedPosition(); return [p.x, p.y]; }", cellName);
        await Page.Mouse.ClickAsync((float)(box.X + position[0]), (float)(box.Y + position[1]));
    }

    /// <summary>
    /// The element's box once scrolling has stopped: the report scrolls smoothly, so a box read mid-scroll (slow on a
    /// loaded machine) would send the click to the wrong place.
    /// </summary>
    private async Task<LocatorBoundingBoxResult> SettledBoxAsync(string selector)
    {
        var locator = Page.Locator(selector);
        var previous = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException(selector + " is not visible");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await Task.Delay(50);
            var current = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException(selector + " is not visible");
            if (Math.Abs(current.X - previous.X) < 0.5 && Math.Abs(current.Y - previous.Y) < 0.5)
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }
}
