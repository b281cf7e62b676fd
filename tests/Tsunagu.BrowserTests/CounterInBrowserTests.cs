using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tsunagu.Tests.Support;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.BrowserTests;

/// <summary>
/// A 転入 visit at the 書かない窓口 on a tablet (1024×768): the card is read, the life event chosen,
/// questions answered, values checked and the forms sent out; then a department serves the visit. Axe checks each page.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class CounterInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Visit_CardReadThroughFormsToDepartments_OnATablet()
    {
        var family = await CounterScenario.FamilyOfThreeAsync(browser.App);
        var file = Path.Combine(browser.App.Database.DataDirectory, "counter-card.p12");
        await browser.App.WithScopeAsync(async sp =>
            await File.WriteAllBytesAsync(file, (await sp.GetRequiredService<ITestCards>().IssueAsync(new ResidentId(family[0].Id), "4321"))!));
        var page = await browser.NewPageAsync(width: 1024, height: 768);
        page.SetDefaultTimeout(20_000);
        await StaffInBrowser.SignInNewStaffAsync(page, browser.App, "jumin", "counter");

        await page.GotoAsync("/staff/counter");
        await Axe.AssertNoViolationsAsync(page, "counter start");
        await page.GetByRole(AriaRole.Button, new() { Name = "新しい受付を始める" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page, "counter identify");
        await page.Locator("#CardFile").SetInputFilesAsync(file);
        await page.Locator("#Pin").FillAsync("4321");
        await page.GetByRole(AriaRole.Button, new() { Name = "読み取る" }).ClickAsync();

        await Axe.AssertNoViolationsAsync(page, "counter life events");
        await page.GetByLabel("転入", new() { Exact = false }).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page, "counter questions");
        foreach (var id in new[] { "q-tennyu-insurance-none", "q-care-certified-no", "q-nursery-no", "q-seal-no", "q-water-start-yes", "q-dog-no" })
        {
            await page.Locator($"#{id}").CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "必要な手続きを見る" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page, "counter procedures");
        Assert.Contains("国民健康保険の加入の届出", await page.Locator("#applies").TextContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "記入内容を確かめる" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page, "counter review");
        await page.GetByRole(AriaRole.Button, new() { Name = "申請書を作成して各課へ回す" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page, "counter done");
        Assert.Contains("子育て支援課", await page.Locator("#items").TextContentAsync(), StringComparison.Ordinal);
        // One PDF with every form, each carrying the family's names; compared without spaces and line breaks, which
        // pdftotext places by layout.
        var pdf = await page.APIRequest.GetAsync((await page.Locator("#pdf").GetAttributeAsync("href"))!);
        var text = Flat(PdfTools.Text(await pdf.BodyAsync()));
        var forms = text.Split("様担当：").Skip(1).ToList();
        Assert.True(forms.Count >= 3, $"{forms.Count} forms");
        Assert.All(forms, form => Assert.All(family, m => Assert.Contains(Flat(m.FullName), form, StringComparison.Ordinal)));

        var kosodate = await browser.NewPageAsync(width: 1024, height: 768);
        await StaffInBrowser.SignInNewStaffAsync(kosodate, browser.App, "kosodate", "examiner");
        await kosodate.GotoAsync("/staff/cases?Channel=Counter&Status=all");
        Assert.Contains(family[0].FullNameKana.Replace('　', ' '), (await kosodate.Locator("#inbox").TextContentAsync())!.Replace('　', ' '), StringComparison.Ordinal);
        await kosodate.GotoAsync("/staff/counter/queue");
        await Axe.AssertNoViolationsAsync(kosodate, "counter queue");
        await kosodate.GetByRole(AriaRole.Button, new() { Name = "対応する" }).First.ClickAsync();
        var lobby = await browser.NewPageAsync(width: 1024, height: 768);
        await lobby.GotoAsync("/counter/lobby");
        await Axe.AssertNoViolationsAsync(lobby, "counter lobby");
        Assert.DoesNotContain(family[0].GivenName, await lobby.Locator("body").TextContentAsync(), StringComparison.Ordinal);
    }

    private static string Flat(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
