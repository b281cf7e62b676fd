using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Messaging;

namespace Tsunagu.BrowserTests;

/// <summary>
/// One online application from 受付 through 補正 to 完了: the resident applies and answers a correction request in
/// マイページ, an examiner works the case in the department inbox, and the exported file is checked. Axe checks each page.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class CaseWorkflowInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task OnlineApplication_FromReceivedThroughCorrectionToCompleted_IsExported()
    {
        var resident = await browser.NewPageAsync(width: 390, height: 844);
        var email = ResidentLogin.NewEmail();
        await resident.GotoAsync("/account/register");
        await resident.Locator("#Email").FillAsync(email);
        await resident.Locator("#Password").FillAsync(ResidentLogin.Password);
        await resident.Locator("#Confirm").FillAsync(ResidentLogin.Password);
        await resident.Locator("#Agree").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await resident.GotoAsync(MailBox.Link(MailBox.Last(browser.App, email), "/account/verify"));
        await resident.Locator("main form button[type=submit]").ClickAsync();
        await resident.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/my");

        await resident.GotoAsync("/procedures/test-every-field/apply");
        await resident.GetByRole(AriaRole.Button, new() { Name = "申請をはじめる" }).ClickAsync();
        await resident.Locator("#f-name").FillAsync("九重 花子");
        await resident.Locator("#f-kana").FillAsync("ココノエ ハナコ");
        await resident.Locator("#f-birth").FillAsync("S55.4.1");
        await resident.Locator("#f-postal").FillAsync("879-4911");
        await resident.Locator("#f-address").FillAsync("大分県玖珠郡九重町大字田野1番地");
        await resident.Locator("#f-phone").FillAsync("0973-76-0000");
        await resident.GetByRole(AriaRole.Button, new() { Name = "次へ進む" }).ClickAsync();
        await resident.Locator("#f-count").FillAsync("1");
        await resident.Locator("#f-purpose").SelectOptionAsync("年金");
        await resident.Locator("#f-method-0").CheckAsync();
        await resident.Locator("#f-has-children-no").CheckAsync();
        await resident.Locator("#f-agree").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "次へ進む" }).ClickAsync();
        await resident.Locator("#f-declaration").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "申請する" }).ClickAsync();
        var receipt = (await resident.Locator(".receipt").TextContentAsync())!.Trim();
        await DispatchAsync();

        var staff = await browser.NewPageAsync();
        await StaffInBrowser.SignInNewStaffAsync(staff, browser.App, "digital", "examiner");
        await staff.GetByRole(AriaRole.Link, new() { Name = "案件の受付箱" }).ClickAsync();
        await staff.Locator("#Q").FillAsync(receipt);
        await staff.GetByRole(AriaRole.Button, new() { Name = "絞り込む" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(staff, "inbox");
        await staff.Locator("#inbox tbody a").First.ClickAsync();
        await Axe.AssertNoViolationsAsync(staff, "case received");
        await staff.GetByLabel("審査中").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "状況を変更する" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#case-status")).ToHaveTextAsync("審査中");

        await staff.GetByRole(AriaRole.Link, new() { Name = "補正をお願いする" }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "補正のお願いを送る" }).ClickAsync();
        await staff.Locator(".error-summary").WaitForAsync();
        await Axe.AssertNoViolationsAsync(staff, "correction form with errors");
        await staff.GetByRole(AriaRole.Checkbox, new() { Name = "電話番号" }).CheckAsync();
        await staff.Locator("#Message").FillAsync("電話番号の桁が足りません。正しい番号を入力してください。");
        await staff.GetByRole(AriaRole.Button, new() { Name = "補正のお願いを送る" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#case-status")).ToHaveTextAsync("補正依頼");
        await DispatchAsync();

        await resident.GotoAsync("/my");
        await resident.GetByRole(AriaRole.Link, new() { Name = "試験用 すべての項目の申請" }).First.ClickAsync();
        await resident.Locator("#correction-request").WaitForAsync();
        await Axe.AssertNoViolationsAsync(resident, "my application with a correction request");
        await resident.GetByRole(AriaRole.Link, new() { Name = "補正する" }).ClickAsync();
        Assert.Equal(0, await resident.Locator("#f-name").CountAsync());
        await Axe.AssertNoViolationsAsync(resident, "correction page");
        await resident.Locator("#f-phone").FillAsync("0973-76-1234");
        await resident.GetByRole(AriaRole.Button, new() { Name = "補正して送る" }).ClickAsync();
        await resident.GetByText("補正した内容を送りました").WaitForAsync();
        await DispatchAsync();

        await staff.ReloadAsync();
        await Assertions.Expect(staff.Locator("#case-status")).ToHaveTextAsync("補正済");
        await Assertions.Expect(staff.Locator(".correction-record")).ToContainTextAsync("0973-76-1234");
        foreach (var next in new[] { "審査中", "完了" })
        {
            await staff.GetByLabel(next, new() { Exact = true }).CheckAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "状況を変更する" }).ClickAsync();
            await Assertions.Expect(staff.Locator("#case-status")).ToHaveTextAsync(next);
        }
        await Axe.AssertNoViolationsAsync(staff, "case completed");
        var number = (await staff.Locator("h1 .mono").TextContentAsync())!.Trim();
        await DispatchAsync();

        await staff.GotoAsync("/staff/cases/exports");
        Assert.Contains("連携済み", await staff.Locator("#exports tbody tr", new() { HasText = number }).TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(staff, "export log");
        var csv = await File.ReadAllTextAsync(Path.Combine(browser.App.Database.DataDirectory, "exports", "digital", number + ".csv"), Encoding.UTF8);
        Assert.Contains("\"0973-76-1234\"", csv, StringComparison.Ordinal);
        Assert.Contains($"\"{receipt}\"", csv, StringComparison.Ordinal);
        await resident.GotoAsync("/my");
        Assert.Contains("完了", await resident.Locator("main table").TextContentAsync(), StringComparison.Ordinal);
    }

    private async Task DispatchAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxProcessor>();
        for (var round = 0; round < 5 && await outbox.DispatchDueAsync() > 0; round++)
        {
        }
    }
}
