using Microsoft.Playwright;

namespace Tsunagu.BrowserTests;

/// <summary>A resident completes one real application with an attachment, as on a phone at night; axe checks every step.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ApplyInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Apply_EveryFieldType_WithAttachment_SubmitsAndShowsReceipt()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/procedures?q=" + Uri.EscapeDataString("しけん"));
        await page.GetByRole(AriaRole.Link, new() { Name = "試験用 すべての項目の申請" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "オンラインで申請する" }).First.ClickAsync();
        await Axe.AssertNoViolationsAsync(page, "start");
        await page.GetByRole(AriaRole.Button, new() { Name = "申請をはじめる" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "次へ進む" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "page 1 with errors");
        await page.Locator("#f-name").FillAsync("九重 花子");
        await page.Locator("#f-kana").FillAsync("ココノエ ハナコ");
        await page.Locator("#f-birth").FillAsync("S55.4.1");
        await page.Locator("#f-postal").FillAsync("8794911");
        await page.GetByRole(AriaRole.Button, new() { Name = "住所を入れる" }).ClickAsync();
        Assert.Equal("大分県玖珠郡九重町大字田野", await page.Locator("#f-address").InputValueAsync());
        await page.Locator("#f-address").FillAsync("大分県玖珠郡九重町大字田野1番地");
        await page.Locator("#f-phone").FillAsync("090-1234-5678");
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ進む" }).ClickAsync();

        await page.GetByText("2 / 2 ページ").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "page 2");
        await page.Locator("#f-count").FillAsync("2");
        await page.Locator("#f-purpose").SelectOptionAsync("就職");
        await page.Locator("#f-method-0").CheckAsync();
        await page.Locator("#f-items-0").CheckAsync();
        await page.Locator("#f-has-children-no").CheckAsync();
        await page.Locator("#f-document").SetInputFilesAsync(new FilePayload { Name = "menkyo.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%test\n"u8.ToArray() });
        await page.Locator("#f-agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ進む" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "入力内容の確認" }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "review");
        Assert.Contains("昭和55年4月1日", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("menkyo.pdf", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator("#f-declaration").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "申請する" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "申請を受け付けました" }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "done");
        Assert.Matches(@"^\d{8}-[2-9A-Z]{4}-[2-9A-Z]{4}$", (await page.Locator(".receipt").TextContentAsync())!.Trim());
    }

    [Fact]
    public async Task SaveDraft_WithoutAccount_OffersAMailedLinkAndExplainsMistakes()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/procedures/test-every-field/apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "申請をはじめる" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "下書きを保存して中断する" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "下書きを保存しました" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "リンクをメールで受け取る" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "saved with an error");
        await page.GetByLabel("メールアドレス").FillAsync("draft@example.jp");
        await page.GetByRole(AriaRole.Button, new() { Name = "リンクをメールで受け取る" }).ClickAsync();

        await page.GetByText("メールでお送りしました").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "saved and mailed");
    }
}

