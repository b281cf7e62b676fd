using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Counter.Forms;
using Tsunagu.Web.Counter.Visits;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>Step 4: the procedures that apply, each with its reason, and those that do not, with why not.</summary>
public sealed class ProceduresModel(VisitDesk desk, VisitPlanner planner, IProcedureDirectory procedures) : VisitPageModel(desk)
{
    public VisitPlan Plan { get; private set; } = null!;

    public string NameOf(string procedureId) => procedures.Find(procedureId)?.Name ?? procedureId;

    public string DepartmentOf(string procedureId) =>
        procedures.Find(procedureId) is { } p ? Departments.Find(p.Department)?.Name ?? p.Department : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct) is { } other)
        {
            return other;
        }
        if (await planner.PlanAsync(Visit, ct) is not { } plan)
        {
            return Redirect(StepUrl("identify"));
        }
        if (plan.Events.Count == 0 || plan.Unanswered.Count > 0)
        {
            return Redirect(StepUrl(plan.Events.Count == 0 ? "events" : "questions"));
        }
        Plan = plan;
        return Page();
    }
}
