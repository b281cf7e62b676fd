using Microsoft.Playwright;
using Tsunagu.Tests.Support;

namespace Tsunagu.BrowserTests;

/// <summary>The kiosk simulator as a multi-copy machine: card, wrong PIN, right PIN, choose, print; axe on each screen.</summary>
[Collection(BrowserSuite.Name)]
public sealed class KioskInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Simulator_ReadsTheCard_RefusesAWrongPin_AndPrintsACertificateThroughTheApi()
    {
        var page = await browser.NewPageAsync(width: 1024, height: 768);
        await page.GotoAsync("/kiosk");
        await Axe.AssertNoViolationsAsync(page, "kiosk card");
        await page.GetByRole(AriaRole.Button, new() { Name = "テスト用カードを作って置く" }).ClickAsync();
        var holder = (await page.Locator("#card-note").TextContentAsync())!;
        await Axe.AssertNoViolationsAsync(page, "kiosk pin");

        await page.Locator("#Pin").FillAsync("9999");
        await page.GetByRole(AriaRole.Button, new() { Name = "確定" }).ClickAsync();
        Assert.Contains("暗証番号が違う", await page.Locator("#kiosk-message").TextContentAsync(), StringComparison.Ordinal);

        await page.Locator("#Pin").FillAsync("1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "確定" }).ClickAsync();
        Assert.Contains("様、発行する証明書を選んでください", await page.Locator("#screen-title").TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page, "kiosk menu");
        await page.Locator("#kind-juminhyo").CheckAsync();
        await page.Locator("#scope-household").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "印刷する" }).ClickAsync();

        var serial = (await page.Locator("#printed dd.mono").TextContentAsync())!.Trim();
        Assert.Matches(@"^\d{8}-[2-9A-Z]{8}$", serial);
        await Axe.AssertNoViolationsAsync(page, "kiosk printed");
        var pdf = await page.APIRequest.GetAsync("/kiosk?handler=pdf");
        var text = PdfTools.Text(await pdf.BodyAsync());
        Assert.Contains(serial, text, StringComparison.Ordinal);
        Assert.Contains("コンビニ交付", text, StringComparison.Ordinal);
        Assert.Contains(holder.Split(' ')[0].Replace('　', ' '), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counter_SearchIssuePrint_PassesAxeOnEveryStep()
    {
        var person = await CertificateScenario.PersonAsync(browser.App, p => p.Status == Web.Residents.ResidencyStatus.Resident);
        var staff = await browser.NewPageAsync();
        await StaffInBrowser.SignInNewStaffAsync(staff, browser.App, "jumin", "counter");
        await staff.GotoAsync("/staff/certificates");
        await staff.Locator("#Kana").FillAsync(person.FullNameKana);
        await staff.Locator("#BirthDate").FillAsync(person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await staff.GetByRole(AriaRole.Button, new() { Name = "探す" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(staff, "counter search");
        await staff.Locator("#found a").First.ClickAsync();
        await Axe.AssertNoViolationsAsync(staff, "counter issue");
        await staff.Locator("#kind-kisai-jiko").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "発行する" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(staff, "counter issued");
        var pdf = await staff.APIRequest.GetAsync((await staff.Locator("#print").GetAttributeAsync("href"))!);
        Assert.Contains("住民票記載事項証明書", PdfTools.Text(await pdf.BodyAsync()), StringComparison.Ordinal);
    }
}
