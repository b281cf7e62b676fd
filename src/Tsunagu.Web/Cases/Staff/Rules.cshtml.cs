using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Staff;

public sealed record RuleRow(ProcedureSummary Procedure, ProcedureRules Rules, IReadOnlyList<AssignRule> Assign);

public sealed record RuleEffect(DateTime At, string CaseNumber, Guid CaseId, string Text);

/// <summary>The department's automation rules per procedure, and the latest effects the rules had.</summary>
public sealed class RulesModel(TsunaguDb db, IProcedureDirectory procedures, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Dept { get; set; }
    public Department Department { get; private set; } = null!;
    public IReadOnlyList<RuleRow> Rows { get; private set; } = [];
    public IReadOnlyList<RuleEffect> Effects { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        if (Departments.Find(string.IsNullOrEmpty(Dept) ? actor.Department : Dept) is not { } department)
        {
            return NotFound();
        }
        if (!actor.MaySee(department.Code))
        {
            await audit.RecordAsync("cases.rules.refused", "department", department.Code, "他の課のルール", ct);
            return Forbid();
        }
        Department = department;
        MayEdit = RuleEditors.MayEdit(actor, department.Code);
        var mine = procedures.Published().Where(p => p.Department == department.Code).OrderBy(p => p.Reading, StringComparer.Ordinal).ToList();
        var ids = mine.Select(p => p.Id).ToList();
        var rules = await db.Set<ProcedureRules>().AsNoTracking().Where(r => ids.Contains(r.ProcedureId)).ToDictionaryAsync(r => r.ProcedureId, ct);
        var assign = (await db.Set<AssignRule>().AsNoTracking().Where(r => ids.Contains(r.ProcedureId)).ToListAsync(ct)).ToLookup(r => r.ProcedureId);
        Rows = [.. mine.Select(p => new RuleRow(p, rules.GetValueOrDefault(p.Id) ?? ProcedureRules.Defaults(p.Id, p.Category), [.. assign[p.Id]]))];
        Effects = await (from e in db.Set<CaseEvent>().AsNoTracking()
                         join c in db.Set<CaseFile>().AsNoTracking() on e.CaseId equals c.Id
                         where c.Department == department.Code && e.Kind == CaseEventKinds.Rule
                         orderby e.Id descending
                         select new RuleEffect(e.At, c.Number, c.Id, e.Text)).Take(50).ToListAsync(ct);
        return Page();
    }
}

public static class RuleEditors
{
    /// <summary>The 課長 sets their department's rules; the DX推進・管理者 role may set any department's.</summary>
    public static bool MayEdit(StaffActor actor, string department) => actor.IsAdmin || (actor.IsManager && actor.Department == department);
}
