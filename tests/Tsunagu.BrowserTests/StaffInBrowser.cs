using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tsunagu.Tests.Support;

namespace Tsunagu.BrowserTests;

/// <summary>The staff sign-in steps, done in the browser the way a member of staff does them.</summary>
public static partial class StaffInBrowser
{
    public static async Task SubmitPasswordAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/staff/signin");
        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.GetByLabel("パスワード").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
    }

    /// <summary>On the enrolment page: reads the key as a person would type it into an app, and enters the code.</summary>
    public static async Task<string> EnrolAsync(IPage page)
    {
        await page.WaitForURLAsync(EnrolPage());
        var key = (await page.Locator("#totp-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("6けたの数字").FillAsync(StaffLogin.Totp(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "登録してサインイン" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/staff");
        return key;
    }

    public static async Task EnterCodeAsync(IPage page, string key)
    {
        await page.WaitForURLAsync(CodePage());
        await page.GetByLabel("6けたの数字").FillAsync(StaffLogin.Totp(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/staff");
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "サインアウト" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/staff/signin");
    }

    /// <summary>A new member of staff, signed in through every step (password, enrolment) in this page's browser context.</summary>
    public static async Task<(string Email, string Password, string Key)> SignInNewStaffAsync(
        IPage page, TsunaguFactory app, string department, string role)
    {
        var (email, password) = await StaffLogin.CreateStaffAsync(app, department, role);
        await SubmitPasswordAsync(page, email, password);
        var key = await EnrolAsync(page);
        return (email, password, key);
    }

    [GeneratedRegex(@"/staff/signin/enrol(\?|$)")]
    public static partial Regex EnrolPage();

    [GeneratedRegex(@"/staff/signin/code(\?|$)")]
    public static partial Regex CodePage();

    [GeneratedRegex(@"/staff/signin/change-password(\?|$)")]
    public static partial Regex ChangePasswordPage();
}
