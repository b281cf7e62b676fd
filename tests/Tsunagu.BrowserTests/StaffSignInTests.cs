using Microsoft.Playwright;
using Tsunagu.Tests.Support;

namespace Tsunagu.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class StaffSignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_FirstTimeThenAgain_EnrolsAuthenticatorThenAsksForCode()
    {
        var page = await browser.NewPageAsync();
        await using var context = page.Context;
        var (email, password) = await StaffLogin.CreateStaffAsync(browser.App, "jumin", "counter");

        await StaffInBrowser.SubmitPasswordAsync(page, email, password);
        await page.WaitForURLAsync(StaffInBrowser.EnrolPage());
        var key = await StaffInBrowser.EnrolAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("職員トップ");
        await Assertions.Expect(page.Locator(".staff-who")).ToContainTextAsync("試験 職員");

        await StaffInBrowser.SignOutAsync(page);
        await page.GotoAsync("/staff");
        Assert.Equal("/staff/signin", new Uri(page.Url).AbsolutePath);

        await StaffInBrowser.SubmitPasswordAsync(page, email, password);
        await page.WaitForURLAsync(StaffInBrowser.CodePage());
        await StaffInBrowser.EnterCodeAsync(page, key);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("職員トップ");
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorSummaryLinkedToField()
    {
        var page = await browser.NewPageAsync();
        await using var context = page.Context;
        var (email, _) = await StaffLogin.CreateStaffAsync(browser.App, "jumin", "counter");

        await StaffInBrowser.SubmitPasswordAsync(page, email, "not-the-password-1");

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("メールアドレスまたはパスワードが正しくありません。");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("#Password")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task ChangePassword_EmptySubmit_ErrorSummaryListsFieldsInPageOrder()
    {
        var page = await browser.NewPageAsync();
        await using var context = page.Context;
        var (email, password) = await StaffLogin.CreateStaffAsync(browser.App, "jumin", "counter", mustChangePassword: true);
        await StaffInBrowser.SubmitPasswordAsync(page, email, password);
        await page.WaitForURLAsync(StaffInBrowser.ChangePasswordPage());

        await page.GetByRole(AriaRole.Button, new() { Name = "設定して次へ" }).ClickAsync();

        await page.Locator(".error-summary").WaitForAsync();
        var linked = await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.hash.slice(1))");
        var fields = await page.Locator("main input:not([type=hidden])").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.id)");
        Assert.Equal(fields, linked);
    }
}
