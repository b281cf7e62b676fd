using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents;

namespace Tsunagu.BrowserTests;

/// <summary>A demo resident signs in with a software My Number card (the dev stand-in for the smartphone JPKI app).</summary>
[Collection(BrowserSuite.Name)]
public sealed class CardInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task SoftwareCard_SignsInAndLinksToRegistry_MyPageOpens()
    {
        var file = Path.Combine(browser.App.Database.DataDirectory, "browser-card.p12");
        await browser.App.WithScopeAsync(async sp =>
        {
            var person = await sp.GetRequiredService<TsunaguDb>().Set<Person>().Where(p => p.Status == ResidencyStatus.Resident)
                .OrderBy(p => p.ResidentCode).Select(p => p.Id).FirstAsync();
            var issue = sp.GetServices<IAdminCommand>().Single(c => c.Name == "card issue");
            Assert.Equal(0, await issue.RunAsync(CommandOptions.Parse(["--person", person.ToString(), "--out", file, "--pin", "1234"]), TextWriter.Null, CancellationToken.None));
        });
        var page = await browser.NewPageAsync(width: 390, height: 844);

        await page.GotoAsync("/account/card");
        await page.Locator("#CardFile").SetInputFilesAsync(file);
        await page.Locator("#Pin").FillAsync("1234");
        await page.Locator("#Link").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).Last.ClickAsync();
        await page.WaitForLoadStateAsync();

        Assert.Equal("/my", new Uri(page.Url).AbsolutePath);
        Assert.Contains("マイナンバーカードでログインしています", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page, "my page after card sign-in");
    }
}
