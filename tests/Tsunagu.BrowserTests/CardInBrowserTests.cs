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

    [Fact]
    public async Task SoftwareCard_SignsAnApplication_StaffSeeTheVerifiedSigner()
    {
        var file = Path.Combine(browser.App.Database.DataDirectory, "browser-sign-card.p12");
        var name = await browser.App.WithScopeAsync(async sp =>
        {
            var person = await sp.GetRequiredService<TsunaguDb>().Set<Person>().Where(p => p.Status == ResidencyStatus.Resident)
                .OrderBy(p => p.ResidentCode).Skip(1).FirstAsync();
            var issue = sp.GetServices<IAdminCommand>().Single(c => c.Name == "card issue");
            Assert.Equal(0, await issue.RunAsync(CommandOptions.Parse(["--person", person.Id.ToString(), "--out", file, "--pin", "5678"]), TextWriter.Null, CancellationToken.None));
            return person.FullName;
        });
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/account/card");
        await page.Locator("#CardFile").SetInputFilesAsync(file);
        await page.Locator("#Pin").FillAsync("5678");
        await page.Locator("#Link").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).Last.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/my");

        await page.GotoAsync("/procedures/test-signed/apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "申請をはじめる" }).ClickAsync();
        await page.Locator("#f-reason").FillAsync("ブラウザの試験");
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ進む" }).ClickAsync();
        await page.Locator("#f-declaration").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "電子署名に進む" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "電子署名をして申請する" }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "signing step");
        await page.Locator("#card").SetInputFilesAsync(file);
        await page.Locator("#pin").FillAsync("0000");
        await page.GetByRole(AriaRole.Button, new() { Name = "署名して申請する" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "signing step with a wrong PIN");
        await page.Locator("#card").SetInputFilesAsync(file);
        await page.Locator("#pin").FillAsync("5678");
        await page.GetByRole(AriaRole.Button, new() { Name = "署名して申請する" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "申請を受け付けました" }).WaitForAsync();

        var applicationId = await browser.App.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Tsunagu.Web.Procedures.Apply.ApplicationSignature>()
            .Where(s => s.SignerName == name).Select(s => s.ApplicationId).SingleAsync());
        var staff = await browser.NewPageAsync();
        await StaffInBrowser.SignInNewStaffAsync(staff, browser.App, "kosodate", "examiner");
        await staff.GotoAsync($"/staff/signatures/{applicationId}");
        var text = await staff.Locator("main").TextContentAsync();
        Assert.Contains("署名は有効です", text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(staff, "staff signature check");
    }
}

