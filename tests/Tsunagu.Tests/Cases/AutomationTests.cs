using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Cases;

public sealed class AutomationTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private const string Procedure = "test-every-field";

    [Fact]
    public async Task NewCase_AssignedByOazaRuleBeforeProcedureRule_AndAutoAcceptRefusalIsLogged()
    {
        var (email, _) = await StaffLogin.CreateStaffAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var (other, _) = await StaffLogin.CreateStaffAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var tano = await db.Set<StaffUser>().SingleAsync(u => u.Email == email);
            var anyone = await db.Set<StaffUser>().SingleAsync(u => u.Email == other);
            db.Set<AssignRule>().RemoveRange(db.Set<AssignRule>());
            db.Add(new AssignRule { Id = Guid.NewGuid(), ProcedureId = Procedure, Oaza = null, AssigneeId = anyone.Id.ToString(), AssigneeName = "全体 担当" });
            db.Add(new AssignRule { Id = Guid.NewGuid(), ProcedureId = Procedure, Oaza = "田野", AssigneeId = tano.Id.ToString(), AssigneeName = "田野 担当" });
            var rules = await db.Set<ProcedureRules>().SingleOrDefaultAsync(r => r.ProcedureId == Procedure) ?? db.Add(ProcedureRules.Defaults(Procedure, "情報")).Entity;
            rules.AutoAccept = true;
            await db.SaveChangesAsync();
        });

        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        var history = await factory.WithScopeAsync(sp => sp.GetRequiredService<CaseQueries>().HistoryAsync(opened.Id, default));
        await ResetRulesAsync();

        Assert.Equal("田野 担当", opened.AssigneeName);
        Assert.Equal(CaseStatus.Received, opened.Status);
        Assert.Contains(history, e => e.Kind == CaseEventKinds.Rule && e.Text.Contains("大字田野", StringComparison.Ordinal));
        var refusal = Assert.Single(history, e => e.Text.StartsWith("自動受付の条件を満たさない", StringComparison.Ordinal));
        Assert.Contains("手数料", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("住民登録が見つかりません", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueCase_RemindsAssigneeOnceADay()
    {
        var (email, _) = await StaffLogin.CreateStaffAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var user = await db.Set<StaffUser>().SingleAsync(u => u.Email == email);
            var c = await db.Set<CaseFile>().SingleAsync(x => x.Id == opened.Id);
            (c.DueOn, c.AssigneeId, c.AssigneeName) = (c.DueOn.AddDays(-60), user.Id.ToString(), user.DisplayName);
            await db.SaveChangesAsync();
        });

        await factory.WithScopeAsync(sp => sp.GetRequiredService<OverdueReminders>().SendAsync(default));
        await factory.WithScopeAsync(sp => sp.GetRequiredService<OverdueReminders>().SendAsync(default));

        var mails = MailBox.To(factory, email);
        Assert.Single(mails, m => m.Subject.Contains(opened.Number, StringComparison.Ordinal));
        var history = await factory.WithScopeAsync(sp => sp.GetRequiredService<CaseQueries>().HistoryAsync(opened.Id, default));
        Assert.Single(history, e => e.Text.StartsWith("期限超過のお知らせ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RulePage_ExaminerIsRefused_ManagerSavesAndBadWebhookIsNamed()
    {
        var examiner = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var manager = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Manager);

        var refused = await examiner.GetAsync($"/staff/cases/rules/{Procedure}");
        var form = await Html.GetAsync(manager, $"/staff/cases/rules/{Procedure}");
        var bad = await Html.SubmitFormAsync(manager, form, new() { ["ExportWebhook"] = "javascript:alert(1)", ["RequiresApproval"] = "true" });
        var saved = await Html.SubmitFormAsync(manager, form, new() { ["ExportWebhook"] = "", ["RequiresApproval"] = "true", ["RemindOverdue"] = "true" });
        var list = await Html.GetAsync(examiner, "/staff/cases/rules");
        await ResetRulesAsync();

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("連携先のアドレス", bad.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("javascript:alert(1)", bad.Document.QuerySelector("#ExportWebhook")!.GetAttribute("value"));
        Assert.Contains("ルールを保存しました", saved.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("必要", list.Document.QuerySelector("#rules tbody")!.TextContent, StringComparison.Ordinal);
    }

    private Task ResetRulesAsync() => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<TsunaguDb>();
        await db.Set<AssignRule>().ExecuteDeleteAsync();
        await db.Set<ProcedureRules>().ExecuteDeleteAsync();
    });
}
