using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Tsunagu.Tests.Support;

namespace Tsunagu.BrowserTests;

/// <summary>axe-core finds nothing at WCAG 2.1 A/AA on any page (the accessibility policy page promises this).</summary>
[Collection(BrowserSuite.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(AccessibilityPages.Names), MemberType = typeof(AccessibilityPages))]
    public async Task Axe_Page_ReportsNoViolations(string name)
    {
        var visit = AccessibilityPages.Find(name);
        // Pages are only looked at (an empty submit changes nothing), so each kind of visitor signs in once per run.
        var page = await browser.SharedPageAsync($"{visit.Visitor} {visit.English}", p => ArriveAsync(p, visit.Visitor), visit.English);

        await page.GotoAsync(visit.Path);
        if (visit.SubmitEmpty is not null)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = visit.SubmitEmpty, Exact = true }).ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();
        }
        Assert.Equal(new Uri(browser.BaseAddress, visit.Path).AbsolutePath, new Uri(page.Url).AbsolutePath);
        if (browser.ScreenshotDirectory is { } folder)
        {
            Directory.CreateDirectory(folder);
            var file = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')) + ".png";
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, file), FullPage = true });
        }

        var result = await Axe.RunAsync(page, Axe.Wcag21AA);

        Assert.True(result.Violations.Length == 0, Describe(name, result.Violations));
    }

    private async Task ArriveAsync(IPage page, Visitor visitor)
    {
        switch (visitor)
        {
            case Visitor.Resident:
                break;
            case Visitor.NewStaff:
                var (email, password) = await StaffLogin.CreateStaffAsync(browser.App, "jumin", "counter");
                await StaffInBrowser.SubmitPasswordAsync(page, email, password);
                await page.WaitForURLAsync(StaffInBrowser.EnrolPage());
                break;
            case Visitor.StaffWithTemporaryPassword:
                (email, password) = await StaffLogin.CreateStaffAsync(browser.App, "jumin", "counter", mustChangePassword: true);
                await StaffInBrowser.SubmitPasswordAsync(page, email, password);
                await page.WaitForURLAsync(StaffInBrowser.ChangePasswordPage());
                break;
            case Visitor.ReturningStaff:
                (email, password, _) = await StaffInBrowser.SignInNewStaffAsync(page, browser.App, "jumin", "counter");
                await StaffInBrowser.SignOutAsync(page);
                await StaffInBrowser.SubmitPasswordAsync(page, email, password);
                await page.WaitForURLAsync(StaffInBrowser.CodePage());
                break;
            case Visitor.Staff:
                await StaffInBrowser.SignInNewStaffAsync(page, browser.App, "jumin", "counter");
                break;
            case Visitor.Admin:
                await StaffInBrowser.SignInNewStaffAsync(page, browser.App, "digital", "admin");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(visitor), visitor, null);
        }
    }

    private static string Describe(string name, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe found {violations.Length} problem(s) on {name}:");
        foreach (var v in violations)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"- {v.Id} [{v.Impact}] {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                // axe's failure summary: any one of "Any" would pass; every "All" and no "None" must hold.
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine().Append("      ").Append(check.Message);
                }
            }
        }
        return text.ToString();
    }
}
