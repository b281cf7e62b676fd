using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.BrowserTests;

/// <summary>税務課 imports a payment file, sees the result and the review queue, then opens the household: axe on each page.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PaymentsInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ImportReconcileAndHousehold_ShowWhatWasPaid()
    {
        Instalment instalment, next;
        using (var scope = browser.App.Services.CreateScope())
        {
            var two = await scope.ServiceProvider.GetRequiredService<TsunaguDb>().Set<Instalment>().AsNoTracking().OrderBy(i => i.PaymentNumber).Take(2).ToListAsync();
            (instalment, next) = (two[0], two[1]);
        }
        var csv = $"種別,納付番号,金額,納付日,収納機関\n確報,{instalment.PaymentNumber},{instalment.Amount + 200},2026-07-10,テスト銀行\n確報,319999000000000011,{next.Amount},2026-07-10,テスト銀行\n";
        var staff = await browser.NewPageAsync();
        await StaffInBrowser.SignInNewStaffAsync(staff, browser.App, "zeimu", "examiner");
        await staff.GotoAsync("/staff/payments");
        await staff.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "payments.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await staff.GetByRole(AriaRole.Button, new() { Name = "取り込む" }).ClickAsync();
        Assert.Contains("過納", await staff.Locator("#import-report").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("319999000000000011", await staff.Locator("#review").TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(staff, "payments imported");

        // The unknown number was a misread of the slip: match it by hand to the household's next instalment.
        await staff.Locator("#review tr", new() { HasText = "319999000000000011" }).GetByRole(AriaRole.Link).ClickAsync();
        await Axe.AssertNoViolationsAsync(staff, "payment record");
        await staff.Locator("#PaymentNumber").FillAsync(next.PaymentNumber);
        await staff.GetByRole(AriaRole.Button, new() { Name = "消し込む", Exact = true }).ClickAsync();
        Assert.Contains("手作業で消込", await staff.Locator("#record-state").TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(staff, "payment record matched");

        await staff.GotoAsync("/staff/payments/arrears");
        Assert.Contains("期", await staff.Locator("#arrears-total").TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(staff, "arrears");

        await staff.GotoAsync("/staff/payments");
        await staff.Locator("#Number").FillAsync(instalment.PaymentNumber);
        await staff.GetByRole(AriaRole.Button, new() { Name = "探す" }).ClickAsync();
        await staff.WaitForURLAsync(url => url.Contains("/staff/payments/households/", StringComparison.Ordinal));
        Assert.Contains("過納", await staff.Locator("#household-payments").TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(staff, "household bills");
    }
}
