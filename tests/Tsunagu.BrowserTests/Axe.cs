using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace Tsunagu.BrowserTests;

/// <summary>Runs the axe-core bundled in Deque.AxeCore.Commons on a page.</summary>
/// <remarks>
/// Deque.AxeCore.Playwright's <c>RunAxe</c> opens a second browser page for every run to merge results from
/// iframes, which these pages do not have; calling <c>axe.run</c> in the page itself takes a fifth of the time.
/// </remarks>
public static class Axe
{
    private static string Source { get; } = new BundledAxeScriptProvider().GetScript();

    public static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task<AxeResult> RunAsync(IPage page, string[] tags)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source);
        }
        // As a string: axe's results share arrays, which Playwright would pass back as $ref objects.
        var json = await page.EvaluateAsync<string>(
            "async tags => JSON.stringify(await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))", tags);
        return new AxeResult(JObject.Parse(json));
    }

    /// <summary>Fails the test with each violation's rule and target when the page is not clean.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string step)
    {
        var result = await RunAsync(page, Wcag21AA);
        Assert.True(result.Violations.Length == 0,
            $"{step}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} {string.Join(",", v.Nodes.Select(n => n.Target))}")));
    }
}
