using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Cases;

public sealed class InboxTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public async Task ApplicationSubmitted_Redelivered_OpensOneCaseInTheProcedureDepartment()
    {
        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        var again = await factory.WithScopeAsync(async sp =>
        {
            // A redelivery after a crash: the handler's inbox row is gone, the idempotency key still finds the case.
            var db = sp.GetRequiredService<TsunaguDb>();
            await db.Set<HandledMessage>().ExecuteDeleteAsync();
            var message = await db.Set<OutboxMessage>().Where(m => m.Type.EndsWith("ApplicationSubmitted")).OrderByDescending(m => m.OccurredAt).FirstAsync();
            message.ProcessedAt = null;
            await db.SaveChangesAsync();
            await sp.GetRequiredService<OutboxProcessor>().DispatchDueAsync();
            return await db.Set<CaseFile>().CountAsync(c => c.ApplicationId == opened.ApplicationId);
        });

        Assert.Equal(1, again);
        Assert.Equal(CaseScenario.Department, opened.Department);
        Assert.Equal(CaseStatus.Received, opened.Status);
        Assert.Equal("九重 花子", opened.ApplicantName);
        Assert.Equal("田野", opened.Oaza);
        Assert.Equal(CaseChannel.Online, opened.Channel);
        Assert.True(opened.DueOn > DateOnly.FromDateTime(opened.ReceivedAt));
    }

    [Fact]
    public async Task Inbox_OwnDepartmentExaminer_SeesCaseFindsItByKanaAndReceiptAndOpeningIsAudited()
    {
        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        var staff = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);

        var byKana = await Html.GetAsync(staff, "/staff/cases?Q=" + Uri.EscapeDataString("ｺｺﾉｴ"));
        var byReceipt = await Html.GetAsync(staff, "/staff/cases?Q=" + opened.SourceReference);
        var detail = await Html.GetAsync(staff, $"/staff/cases/{opened.Id}");

        Assert.Contains(opened.Number, byKana.Document.QuerySelector("#inbox")!.TextContent, StringComparison.Ordinal);
        Assert.Single(byReceipt.Document.QuerySelectorAll("#inbox tbody tr"));
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains("九重 花子", detail.Document.QuerySelector("#answers")!.TextContent, StringComparison.Ordinal);
        Assert.True(await AuditedAsync("case.open", opened.Id));
    }

    [Fact]
    public async Task CaseOfAnotherDepartment_IsRefusedAndAudited_ButAdminMayOpenIt()
    {
        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        var other = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Manager);
        var admin = await StaffLogin.SignedInClientAsync(factory, "soumu", StaffRoles.Admin);

        var refused = await other.GetAsync($"/staff/cases/{opened.Id}");
        var otherInbox = await other.GetAsync($"/staff/cases?Dept={CaseScenario.Department}");
        var ownInbox = await Html.GetAsync(other, "/staff/cases");
        var asAdmin = await admin.GetAsync($"/staff/cases/{opened.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherInbox.StatusCode);
        Assert.DoesNotContain(opened.Number, ownInbox.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await AuditedAsync("case.open.refused", opened.Id));
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
    }

    [Fact]
    public async Task Inbox_Anonymous_IsSentToSignIn()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/staff/cases");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task TwoStaffMoveOneCase_SecondIsToldAndKeepsWhatTheyTyped()
    {
        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        var first = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var second = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var url = $"/staff/cases/{opened.Id}";
        var pageOfFirst = await Html.GetAsync(first, url);
        var pageOfSecond = await Html.GetAsync(second, url);

        var won = await Html.SubmitFormAsync(first, pageOfFirst, new() { ["To"] = nameof(CaseStatus.InReview) });
        var lost = await Html.SubmitFormAsync(second, pageOfSecond, new() { ["To"] = nameof(CaseStatus.Withdrawn), ["Note"] = "電話で取り下げの申し出" });

        Assert.Equal("審査中", won.Document.QuerySelector("#case-status")!.TextContent);
        Assert.Contains("更新しました", lost.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("電話で取り下げの申し出", lost.Document.QuerySelector("textarea#Note")!.TextContent);
        Assert.Equal("審査中", lost.Document.QuerySelector("#case-status")!.TextContent);
        Assert.Equal(CaseStatus.InReview, (await CaseScenario.CaseOfAsync(factory, opened.SourceReference)).Status);
    }

    private Task<bool> AuditedAsync(string action, Guid caseId) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>()
            .AnyAsync(a => a.Action == action && a.SubjectId == caseId.ToString()));
}
