using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Tsunagu.BrowserTests;

/// <summary>One application and one Chromium for the whole browser suite; tests open browser contexts in it.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly ConcurrentDictionary<string, Lazy<Task<IPage>>> _sharedPages = new();
    private int _clients;

    public BrowserAppFactory App { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>When TSUNAGU_SCREENSHOTS names a folder, the accessibility test saves every page there.</summary>
    public string? ScreenshotDirectory { get; } = Environment.GetEnvironmentVariable("TSUNAGU_SCREENSHOTS");

    public async Task InitializeAsync()
    {
        BaseAddress = App.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            // Debian's Chromium: no browser download, no `playwright install`.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (no cookies) with one page, as a new visitor on their own device.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280, int height = 800, bool english = false)
    {
        var client = Interlocked.Increment(ref _clients);
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = width, Height = height },
            Locale = english ? "en-GB" : "ja-JP",
            ExtraHTTPHeaders = new Dictionary<string, string> { [BrowserAppFactory.ClientHeader] = $"10.0.{client / 250}.{(client % 250) + 1}" },
        });
        if (english)
        {
            // The same cookie the language switch sets.
            await context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = BaseAddress.ToString() }]);
        }
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// One page per key for the whole run, set up once by <paramref name="arrive"/>. For checks that only look at
    /// pages: a new browser context costs a renderer process and a fresh compile of axe-core, which is most of a check.
    /// </summary>
    public Task<IPage> SharedPageAsync(string key, Func<IPage, Task> arrive, bool english = false) =>
        _sharedPages.GetOrAdd(key, _ => new Lazy<Task<IPage>>(async () =>
        {
            var page = await NewPageAsync(english: english);
            await arrive(page);
            return page;
        })).Value;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
