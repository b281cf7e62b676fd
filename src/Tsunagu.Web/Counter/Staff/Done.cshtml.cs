using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Counter.Forms;
using Tsunagu.Web.Counter.Visits;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>The visit's forms went out: the cases opened in each department, and the PDF to print and sign.</summary>
public sealed class DoneModel(VisitDesk desk, VisitPlanner planner, TimeProvider clock) : VisitPageModel(desk)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct, draftOnly: false) is { } other)
        {
            return other;
        }
        return Visit.Status == VisitStatus.Draft ? Redirect(StepUrl("review")) : Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct, draftOnly: false) is { } other)
        {
            return other;
        }
        if (Visit.Status == VisitStatus.Draft || await planner.PlanAsync(Visit, ct) is not { } plan)
        {
            return NotFound();
        }
        var pdf = VisitFormsPdf.Render(plan, clock.GetUtcNow());
        return File(pdf, "application/pdf", $"counter-{Visit.Day:yyyyMMdd}-{Visit.Number}.pdf");
    }
}
