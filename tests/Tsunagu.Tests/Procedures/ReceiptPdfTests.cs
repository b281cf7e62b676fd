using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Apply;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.My;

namespace Tsunagu.Tests.Procedures;

public sealed class ReceiptPdfTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private const string ProcedureName = "試験用 すべての項目の申請";

    private async Task<(HttpClient Client, Application Application)> ApplyAsync()
    {
        var (client, _) = await ResidentLogin.SignedInClientAsync(factory);
        var page1 = await Html.SubmitFormAsync(client, "/procedures/test-every-field/apply", []);
        var page2 = await Html.SubmitFormAsync(client, page1, new()
        {
            ["name"] = "九重 花子",
            ["kana"] = "ココノエ ハナコ",
            ["birth"] = "昭和55年4月1日",
            ["postal"] = "879-4911",
            ["address"] = "大分県玖珠郡九重町大字田野1番地",
            ["phone"] = "0973-76-0000",
        });
        var review = await Html.SubmitFormAsync(client, page2, new()
        {
            ["count"] = "1",
            ["purpose"] = "年金",
            ["method"] = "郵送",
            ["has-children"] = "no",
            ["agree"] = "yes",
        });
        var done = await Html.SubmitFormAsync(client, review, new() { ["declaration"] = "yes" });
        var receipt = done.Document.QuerySelector(".receipt")!.TextContent.Trim();
        var application = await factory.WithScopeAsync(sp =>
            sp.GetRequiredService<TsunaguDb>().Set<Application>().AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt));
        return (client, application);
    }

    [Fact]
    public async Task Receipt_Owner_DownloadsPdfWithProcedureNumberAnswersAndQr()
    {
        var (client, application) = await ApplyAsync();
        var detail = await Html.GetAsync(client, $"/my/applications/{application.Id}");
        var href = detail.Document.QuerySelector("a[href$='receipt.pdf']")!.GetAttribute("href")!;

        var response = await client.GetAsync(href);
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.True(pdf.Length < 200_000, $"{pdf.Length} bytes");
        var text = PdfTools.Text(pdf);
        Assert.Contains("九重町", text, StringComparison.Ordinal);
        Assert.Contains("受付票", text, StringComparison.Ordinal);
        Assert.Contains(ProcedureName, text, StringComparison.Ordinal);
        Assert.Contains(application.ReceiptNumber, text, StringComparison.Ordinal);
        Assert.Contains("令和", text, StringComparison.Ordinal);
        Assert.Contains("昭和55年4月1日", text, StringComparison.Ordinal);
        Assert.Contains("九重 花子", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
        Assert.All(PdfTools.Fonts(pdf).Split('\n').Skip(2).Where(l => l.Length > 0), f => Assert.Matches(@"\s+yes\s+yes\s+yes", f));
        Assert.Equal("QR-Code:" + application.ReceiptNumber, PdfTools.QrCodes(pdf).Trim());
    }

    [Fact]
    public async Task Receipt_OtherResidentsId_IsNotFound()
    {
        var (owner, application) = await ApplyAsync();
        var (other, _) = await ResidentLogin.SignedInClientAsync(factory);

        var response = await other.GetAsync($"/my/applications/{application.Id}/receipt.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/my/applications/{application.Id}/receipt.pdf")).StatusCode);
    }

    [Fact]
    public async Task Receipt_NotSignedIn_DoesNotServeThePdf()
    {
        var (_, application) = await ApplyAsync();

        var response = await ResidentLogin.NewClient(factory).GetAsync($"/my/applications/{application.Id}/receipt.pdf");

        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Build_Receipt_IsFastEnoughForTheCounter()
    {
        var (_, application) = await ApplyAsync();
        var procedure = await factory.WithScopeAsync(sp =>
            sp.GetRequiredService<ProcedureCatalogue>().FindVersionAsync(application.ProcedureId, application.ProcedureVersion, default));
        ReceiptPdf.Build(application, procedure!);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 20; i++)
        {
            ReceiptPdf.Build(application, procedure!);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed} for 20 receipts");
    }
}
