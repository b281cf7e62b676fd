using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Cases;

public sealed class IntakeAndFiltersTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private static NewCase Paper(string kana) => new("test-juminhyo", CaseChannel.Paper, "scan-" + kana, null, "紙 太郎", kana,
        new Dictionary<string, string> { ["name"] = "紙 太郎" }, "郵送で届いた申請書");

    private Task<OpenedCase> OpenAsync(NewCase c, string key) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<ICaseIntake>().OpenAsync(c, key));

    [Fact]
    public async Task OpenAsync_SameKeyTwice_ReturnsTheSameCaseInTheProcedureDepartment()
    {
        var key = "scan:" + Guid.NewGuid();

        var first = await OpenAsync(Paper("カミ タロウ"), key);
        var second = await OpenAsync(Paper("カミ タロウ"), key);

        Assert.Equal(first, second);
        Assert.Equal("jumin", first.Department);
        Assert.Matches(@"^K-\d{8}-[2-9A-Z]{6}$", first.CaseNumber);
        var count = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<CaseFile>().CountAsync(c => c.IdempotencyKey == key));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task OpenAsync_UnknownProcedure_IsABugAndThrows() =>
        await Assert.ThrowsAsync<ArgumentException>(() => OpenAsync(Paper("カミ") with { ProcedureId = "no-such-procedure" }, "k:" + Guid.NewGuid()));

    [Fact]
    public async Task Inbox_FiltersByChannelAndStatus_PagesAndCountsPerStatus()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 27; i++)
        {
            await OpenAsync(Paper($"ページング{tag}"), $"page:{tag}:{i}");
        }
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);

        var paper = await Html.GetAsync(staff, "/staff/cases?Channel=Paper&Status=Received&Sort=received");
        var page2 = await Html.GetAsync(staff, "/staff/cases?Channel=Paper&Status=Received&Sort=received&p=2");
        var online = await Html.GetAsync(staff, "/staff/cases?Channel=Online");
        var overdue = await Html.GetAsync(staff, "/staff/cases?Due=overdue");

        Assert.Equal(25, paper.Document.QuerySelectorAll("#inbox tbody tr").Length);
        Assert.True(page2.Document.QuerySelectorAll("#inbox tbody tr").Length >= 2);
        Assert.Contains("受付", paper.Document.QuerySelector("#status-counts")!.TextContent, StringComparison.Ordinal);
        Assert.Null(online.Document.QuerySelector("#inbox"));
        Assert.Null(overdue.Document.QuerySelector("#inbox"));
    }

    [Fact]
    public async Task ApprovalProcedure_ExaminerCannotComplete_ManagerApproves()
    {
        var opened = await OpenAsync(Paper("ケッサイ"), "approval:" + Guid.NewGuid());
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var c = await db.Set<CaseFile>().SingleAsync(x => x.Id == opened.CaseId);
            c.RequiresApproval = true;
            await db.SaveChangesAsync();
        });
        var examiner = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);
        var manager = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Manager);
        var url = $"/staff/cases/{opened.CaseId}";

        await Html.SubmitFormAsync(examiner, await Html.GetAsync(examiner, url), new() { ["To"] = nameof(CaseStatus.InReview) });
        var early = await Html.SubmitFormAsync(examiner, await Html.GetAsync(examiner, url), new() { ["To"] = nameof(CaseStatus.Completed) });
        await Html.SubmitFormAsync(examiner, await Html.GetAsync(examiner, url), new() { ["To"] = nameof(CaseStatus.AwaitingApproval) });
        var examinerView = await Html.GetAsync(examiner, url);
        var notAllowed = await Html.SubmitFormAsync(examiner, examinerView, new() { ["To"] = nameof(CaseStatus.Completed) });
        var approved = await Html.SubmitFormAsync(manager, await Html.GetAsync(manager, url), new() { ["To"] = nameof(CaseStatus.Completed) });

        Assert.Contains("できません", early.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(examinerView.Document.QuerySelector("#to-Completed"));
        Assert.Contains("課長の決裁", notAllowed.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, approved.Status);
        Assert.Equal("完了", approved.Document.QuerySelector("#case-status")!.TextContent);
        Assert.Contains("決裁待ち → 完了", approved.Document.QuerySelector("#history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_WithoutReason_IsRefusedNamingTheField()
    {
        var opened = await OpenAsync(Paper("キャッカ"), "reject:" + Guid.NewGuid());
        var examiner = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);
        var url = $"/staff/cases/{opened.CaseId}";

        var refused = await Html.SubmitFormAsync(examiner, await Html.GetAsync(examiner, url), new() { ["To"] = nameof(CaseStatus.Withdrawn) });

        Assert.Contains("理由を入力してください", refused.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("受付", refused.Document.QuerySelector("#case-status")!.TextContent);
    }
}
