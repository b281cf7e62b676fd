using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Staff;

public sealed class RuleEditModel(TsunaguDb db, IProcedureDirectory procedures, CaseStaff staff, AuditLog audit, TimeProvider clock) : PageModel
{
    public ProcedureSummary Procedure { get; private set; } = null!;
    public IReadOnlyList<AssignRule> Assign { get; private set; } = [];
    public IReadOnlyList<StaffMember> Members { get; private set; } = [];
    public string? Done { get; private set; }

    [BindProperty] public bool RequiresApproval { get; set; }
    [BindProperty] public bool AutoAccept { get; set; }
    [BindProperty] public bool RemindOverdue { get; set; }
    [BindProperty] public string? ExportWebhook { get; set; }
    [BindProperty] public string? Oaza { get; set; }
    [BindProperty] public string? Assignee { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken ct)
    {
        Done = done;
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        var rules = await RulesAsync(ct);
        (RequiresApproval, AutoAccept, RemindOverdue, ExportWebhook) = (rules.RequiresApproval, rules.AutoAccept, rules.RemindOverdue, rules.ExportWebhook);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        ExportWebhook = string.IsNullOrWhiteSpace(ExportWebhook) ? null : ExportWebhook.Trim();
        if (ExportWebhook is not null && (ExportWebhook.Length > 500 || !Uri.TryCreate(ExportWebhook, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            ModelState.AddModelError(nameof(ExportWebhook), "連携先のアドレスは、https:// で始まる500文字以内のアドレスで入力してください。空欄なら課のフォルダに出力します。");
            return Page();
        }
        var rules = await RulesAsync(ct);
        if (db.Entry(rules).State == EntityState.Detached)
        {
            db.Add(rules);
        }
        (rules.RequiresApproval, rules.AutoAccept, rules.RemindOverdue, rules.ExportWebhook) = (RequiresApproval, AutoAccept, RemindOverdue, ExportWebhook);
        (rules.UpdatedAt, rules.UpdatedBy) = (clock.GetUtcNow().UtcDateTime, StaffActor.From(User).Id);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("cases.rules.change", "procedure", id, $"決裁={RequiresApproval} 自動受付={AutoAccept} 期限通知={RemindOverdue}", ct);
        return Redirect($"/staff/cases/rules/{id}?done=settings");
    }

    public async Task<IActionResult> OnPostAddAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        Oaza = string.IsNullOrWhiteSpace(Oaza) ? null : Oaza.Trim().TrimStart('大', '字');
        if (Oaza is not null && (Oaza.Length > 20 || !Oaza.All(ch => char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.OtherLetter)))
        {
            ModelState.AddModelError(nameof(Oaza), "大字は、「田野」のように漢字20文字以内で入力してください。すべての申請に当てはめるときは空欄にします。");
        }
        var name = string.IsNullOrEmpty(Assignee) ? null : await staff.NameInDepartmentAsync(Assignee, Procedure.Department, ct);
        if (name is null)
        {
            ModelState.AddModelError(nameof(Assignee), "担当者には、この課の職員を選んでください。");
        }
        else if (Assign.Any(a => a.Oaza == Oaza))
        {
            ModelState.AddModelError(nameof(Oaza), Oaza is null ? "この手続きには、大字を指定しない割り当てが既にあります。" : $"大字{Oaza}の割り当ては既にあります。");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.Add(new AssignRule { Id = Guid.CreateVersion7(), ProcedureId = id, Oaza = Oaza, AssigneeId = Assignee!, AssigneeName = name! });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("cases.rules.assign", "procedure", id, $"大字={Oaza ?? "(すべて)"}", ct);
        return Redirect($"/staff/cases/rules/{id}?done=added");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, Guid ruleId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        await db.Set<AssignRule>().Where(r => r.Id == ruleId && r.ProcedureId == id).ExecuteDeleteAsync(ct);
        await audit.RecordAsync("cases.rules.unassign", "procedure", id, ruleId.ToString(), ct);
        return Redirect($"/staff/cases/rules/{id}?done=removed");
    }

    private async Task<ProcedureRules> RulesAsync(CancellationToken ct) =>
        await db.Set<ProcedureRules>().SingleOrDefaultAsync(r => r.ProcedureId == Procedure.Id, ct) ?? ProcedureRules.Defaults(Procedure.Id, Procedure.Category);

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        if (procedures.Find(id) is not { } procedure)
        {
            return NotFound();
        }
        if (!RuleEditors.MayEdit(StaffActor.From(User), procedure.Department))
        {
            await audit.RecordAsync("cases.rules.refused", "procedure", id, "ルールの変更権限なし", ct);
            return Forbid();
        }
        Procedure = procedure;
        Assign = await db.Set<AssignRule>().AsNoTracking().Where(r => r.ProcedureId == id).ToListAsync(ct);
        Members = await staff.OfDepartmentAsync(procedure.Department, ct);
        return null;
    }
}
