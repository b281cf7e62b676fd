using Microsoft.Playwright;
using Tsunagu.Tests.Support;

namespace Tsunagu.BrowserTests;

/// <summary>A resident registers, verifies by mail, applies for an account-level procedure and finds it in マイページ.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ResidentPortalInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Resident_RegistersAppliesAndSeesMyPage()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        var email = ResidentLogin.NewEmail();
        await page.GotoAsync("/account/register");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(ResidentLogin.Password);
        await page.Locator("#Confirm").FillAsync(ResidentLogin.Password);
        await page.Locator("#Agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page, "check mail");

        await page.GotoAsync(MailBox.Link(MailBox.Last(browser.App, email), "/account/verify"));
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.True(new Uri(page.Url).AbsolutePath == "/my", page.Url + " " + await page.Locator("main").TextContentAsync());
        await Axe.AssertNoViolationsAsync(page, "empty my page");

        await page.GotoAsync("/procedures/test-every-field/apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "申請をはじめる" }).ClickAsync();
        Assert.Equal(email, await page.Locator("#f-email").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "下書きを保存して中断する" }).ClickAsync();
        await page.GotoAsync("/my");
        await page.GetByRole(AriaRole.Link, new() { Name = "試験用 すべての項目の申請" }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "my page with a draft");
    }
}
