using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Cases.Export;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Cases.Staff;

public sealed record ExportRow(CaseExport Export, int Attempts, string? LastError, DateTime? NextTry, bool Stopped);

public sealed class ExportsModel(TsunaguDb db, ExportRequests queue, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Dept { get; set; }
    public Department Department { get; private set; } = null!;
    public IReadOnlyList<ExportRow> Rows { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        if (await ScopeAsync(ct) is { } refused)
        {
            return refused;
        }
        Done = done;
        var exports = await db.Set<CaseExport>().AsNoTracking().Where(e => e.Department == Department.Code)
            .OrderByDescending(e => e.RequestedAt).Take(200).ToListAsync(ct);
        var ids = exports.Select(e => e.OutboxMessageId).ToList();
        var messages = await db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        Rows = [.. exports.Select(e => messages.GetValueOrDefault(e.OutboxMessageId) is { } m
            ? new ExportRow(e, m.Attempts, m.LastError, m.ProcessedAt is null ? m.AvailableAt : null, m.FailedAt is not null)
            : new ExportRow(e, 0, null, null, false))];
        return Page();
    }

    /// <summary>Exports the case again (after a fix at the target, or when the core system asks). The content is the same, so the target sees a repeat.</summary>
    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        var c = await db.Set<CaseFile>().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || c.Status != CaseStatus.Completed)
        {
            return NotFound();
        }
        if (!actor.MaySee(c.Department))
        {
            await audit.RecordAsync("case.export.refused", "case", caseId.ToString(), "他の課の案件", ct);
            return Forbid();
        }
        var rules = await db.Set<ProcedureRules>().AsNoTracking().SingleOrDefaultAsync(r => r.ProcedureId == c.ProcedureId, ct);
        queue.Stage(c, rules, actor.Name);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.export", "case", caseId.ToString(), "基幹システムへの再連携", ct);
        return Redirect($"/staff/cases/exports?Dept={c.Department}&done=1");
    }

    private async Task<IActionResult?> ScopeAsync(CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        if (Departments.Find(string.IsNullOrEmpty(Dept) ? actor.Department : Dept) is not { } department)
        {
            return NotFound();
        }
        if (!actor.MaySee(department.Code))
        {
            await audit.RecordAsync("cases.exports.refused", "department", department.Code, "他の課の連携記録", ct);
            return Forbid();
        }
        Department = department;
        return null;
    }
}
