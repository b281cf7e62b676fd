using Microsoft.Playwright;

namespace Tsunagu.BrowserTests;

/// <summary>The header's switches are plain form posts, so these run with JavaScript turned off.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PreferenceTests(BrowserFixture browser)
{
    [Fact]
    public async Task HomePage_FirstVisit_IsInJapanese()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await using var context = page.Context;

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("九重町の手続きとお知らせ");
        await Assertions.Expect(page).ToHaveTitleAsync("ホーム | 九重町 つなぐ");
    }

    [Fact]
    public async Task LanguageSwitch_EnglishClicked_PageIsInEnglishUntilJapaneseClicked()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await using var context = page.Context;
        await page.GotoAsync("/privacy");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        var html = page.Locator("html");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
        Assert.Equal("/privacy", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GotoAsync("/");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");

        await page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "ja");
    }

    [Fact]
    public async Task TextSizeSwitch_LargeClicked_HtmlClassAndFontSizeChange()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await using var context = page.Context;
        await page.GotoAsync("/");
        var html = page.Locator("html");
        await Assertions.Expect(html).ToHaveClassAsync("text-standard");
        var standard = await FontSizeAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "大", Exact = true }).ClickAsync();

        await Assertions.Expect(html).ToHaveClassAsync("text-large");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "大", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await FontSizeAsync(page) > standard);

        await page.GetByRole(AriaRole.Button, new() { Name = "特大" }).ClickAsync();
        await Assertions.Expect(html).ToHaveClassAsync("text-x-large");

        await page.GetByRole(AriaRole.Button, new() { Name = "標準" }).ClickAsync();
        await Assertions.Expect(html).ToHaveClassAsync("text-standard");
    }

    private static async Task<double> FontSizeAsync(IPage page) =>
        double.Parse((await page.Locator("h1").EvaluateAsync<string>("e => getComputedStyle(e).fontSize")).Replace("px", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
}
