using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Cases;

public sealed class ReviewsAndDownloadTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public async Task ReviewRegister_ManagerRegistersAReview_CountGoesUpWhenReviewed()
    {
        var manager = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Manager);
        var before = await CountAsync();

        var form = await Html.GetAsync(manager, "/staff/cases/reviews/edit");
        var bad = await Html.SubmitFormAsync(manager, form, new() { ["Name"] = "住民票の写しの郵送請求", ["MinutesSaved"] = "十", ["BeforeSteps"] = "", ["Status"] = "見直し済" });
        var saved = await Html.SubmitFormAsync(manager, bad, new()
        {
            ["Name"] = "住民票の写しの郵送請求",
            ["BeforeSteps"] = "郵便を開封する\n台帳で本人を確認する\n写しを印刷して郵送する",
            ["AfterSteps"] = "オンライン申請で受け付ける\n自動受付で本人を確認する",
            ["MinutesSaved"] = "１２",
            ["CasesPerYear"] = "300",
            ["Department"] = "jumin",
            ["Status"] = "見直し済",
        });

        var summary = bad.Document.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("1件あたり減った時間(分)は", summary, StringComparison.Ordinal);
        Assert.Contains("見直し前の手順", summary, StringComparison.Ordinal);
        Assert.Equal("住民票の写しの郵送請求", bad.Document.QuerySelector("#Name")!.GetAttribute("value"));
        Assert.Equal("/staff/cases/reviews", saved.Path);
        Assert.Contains("住民票の写しの郵送請求", saved.Document.QuerySelector("#reviews")!.TextContent, StringComparison.Ordinal);
        var after = await CountAsync();
        Assert.Equal(before.Reviewed + 1, after.Reviewed);
        Assert.Equal(before.Total + 1, after.Total);
    }

    [Fact]
    public async Task ReviewRegister_ExaminerMayReadButNotEdit()
    {
        var examiner = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);

        var list = await examiner.GetAsync("/staff/cases/reviews");
        var edit = await examiner.GetAsync("/staff/cases/reviews/edit");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task Download_SelectedCases_AsCsvAndExcel_OtherDepartmentRefused()
    {
        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        var staff = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var other = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);

        var csv = await staff.GetAsync($"/staff/cases/download?ids={opened.Id}&format=csv");
        var xlsx = await staff.GetAsync($"/staff/cases/download?ids={opened.Id}&format=xlsx");
        var refused = await other.GetAsync($"/staff/cases/download?ids={opened.Id}&format=csv");

        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF\"案件番号\"", text, StringComparison.Ordinal);
        Assert.Contains($"\"{opened.Number}\"", text, StringComparison.Ordinal);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Equal("案件番号", book.Worksheet(1).Cell(1, 1).GetString());
        Assert.Equal(opened.Number, book.Worksheet(1).Cell(2, 1).GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private Task<ProcessReviewCounts> CountAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<IProcessReviewRegister>().CountAsync());
}
