using Microsoft.Playwright;

namespace Tsunagu.BrowserTests;

/// <summary>A visitor finds a dataset by searching, opens it and sees its places on the map (and in the list without JavaScript).</summary>
[Collection(BrowserSuite.Name)]
public sealed class OpenDataInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task SearchThenMap_PointsAreDrawnOnTheMap()
    {
        var page = await browser.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/opendata");

        await page.GetByLabel("データの名前や言葉").FillAsync("観光");
        await page.GetByRole(AriaRole.Button, new() { Name = "探す", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "観光施設一覧", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("観光施設一覧");
        await page.GetByRole(AriaRole.Link, new() { Name = "地図で見る" }).ClickAsync();

        await Assertions.Expect(page.Locator("#map path.leaflet-interactive")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("#points tbody tr")).ToHaveCountAsync(8);
    }

    [Fact]
    public async Task BrowseWithoutJavaScript_FilterByTag_ListsOnlyThatTag()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await using var context = page.Context;
        await page.GotoAsync("/opendata");

        await page.GetByLabel("タグ").SelectOptionAsync(new SelectOptionValue { Value = "防災" });
        await page.GetByRole(AriaRole.Button, new() { Name = "探す", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#datasets .card-link")).ToHaveCountAsync(3);
        await page.GotoAsync("/opendata/datasets/fire-hydrants/map");
        await Assertions.Expect(page.Locator("#map")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#points tbody tr")).Not.ToHaveCountAsync(0);
    }
}
