using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases.PaperIntake;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents;

namespace Tsunagu.BrowserTests;

/// <summary>A paper form scanned at the counter: uploaded, checked beside the scan, corrected once, and taken in as a case.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PaperIntakeInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ScannedForm_IsReadCheckedAndBecomesACaseInTheInbox()
    {
        var template = browser.App.Services.GetRequiredService<PaperFormTemplates>().Find("inkan-toroku-shomeisho")!;
        var (person, household) = await AdultAsync();
        var written = SyntheticScans.ValuesFor(template, person, household, 4);
        var scan = SyntheticScans.Scan(template, written, seed: 4);

        var staff = await browser.NewPageAsync();
        await StaffInBrowser.SignInNewStaffAsync(staff, browser.App, "jumin", "examiner");
        await staff.GotoAsync("/staff/cases/scans");
        await staff.Locator("#ProcedureId").SelectOptionAsync("inkan-toroku-shomeisho");
        await staff.Locator("#Scan").SetInputFilesAsync(new FilePayload { Name = "scan.jpg", MimeType = "image/jpeg", Buffer = scan });
        await staff.GetByRole(AriaRole.Button, new() { Name = "読み取る" }).ClickAsync();
        await staff.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/staff/cases/scans/", StringComparison.Ordinal));
        await Axe.AssertNoViolationsAsync(staff, "scan check");
        Assert.Equal(written["applicant-birth-date"], await staff.Locator("#v-applicant-birth-date").InputValueAsync());
        Assert.Equal(written["seal-card-number"], await staff.Locator("#v-seal-card-number").InputValueAsync());

        // Staff correct one value from the paper, then take it in.
        await staff.Locator("#v-applicant-phone").FillAsync("0973-76-3800");
        await staff.GetByRole(AriaRole.Button, new() { Name = "この内容で受付箱に入れる" }).ClickAsync();
        await staff.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/staff/cases/", StringComparison.Ordinal) && !url.Contains("/scans", StringComparison.Ordinal));
        await Axe.AssertNoViolationsAsync(staff, "paper case");
        var main = await staff.Locator("main").TextContentAsync();
        Assert.Contains("0973-76-3800", main, StringComparison.Ordinal);
        Assert.Contains(person.FullName, main, StringComparison.Ordinal);


        await staff.GotoAsync("/staff/cases/scans");
        Assert.Contains("受付済み", await staff.Locator("#scans").TextContentAsync(), StringComparison.Ordinal);
    }

    private async Task<(Person, Household)> AdultAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var households = await scope.ServiceProvider.GetRequiredService<TsunaguDb>().Set<Household>().Include(h => h.Members).AsNoTracking().OrderBy(h => h.Number).ToListAsync();
        return households.SelectMany(h => h.Members.Where(m => m.Status == ResidencyStatus.Resident && m.AgeOn(new DateOnly(2026, 10, 1)) >= 20).Select(m => (m, h))).First();
    }
}
