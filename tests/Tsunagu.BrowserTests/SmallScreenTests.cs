using Microsoft.Playwright;

namespace Tsunagu.BrowserTests;

/// <summary>An old 360×640 smartphone, at the standard and the largest text size.</summary>
[Collection(BrowserSuite.Name)]
public sealed class SmallScreenTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("標準")]
    [InlineData("特大")]
    public async Task HomePage_SmallPhone_NoHorizontalScrollAndLargeTargets(string textSize)
    {
        var page = await browser.NewPageAsync(width: 360, height: 640);
        await using var context = page.Context;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = textSize, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = textSize, Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");

        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= innerWidth, $"the page scrolls sideways: {scrollWidth} px wide in a {innerWidth} px window");

        const int minTarget = 44;
        var small = new List<string>();
        foreach (var target in await page.Locator("header a, header button, footer a, footer button").AllAsync())
        {
            var box = await target.BoundingBoxAsync();
            if (box is not null && box.Height < minTarget)
            {
                small.Add($"\"{await target.InnerTextAsync()}\" is {box.Height:0.#} px tall");
            }
        }
        Assert.True(small.Count == 0, $"targets under {minTarget} px: " + string.Join("; ", small));
    }
}
