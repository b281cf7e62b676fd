using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Staff;

public sealed class CorrectionModel(CaseQueries queries, CaseWorkflow workflow, IApplicationRecords applications, AuditLog audit) : PageModel
{
    public CaseFile Case { get; private set; } = null!;
    public ApplicationRecord Application { get; private set; } = null!;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<string> Fields { get; set; } = [];
    [BindProperty] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, true, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await workflow.RequestCorrectionAsync(id, Version, Fields, Message, StaffActor.From(User), ct);
        if (result.Succeeded)
        {
            return Redirect($"/staff/cases/{id}?done=correction");
        }
        ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message);
        return await LoadAsync(id, false, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool fresh, CancellationToken ct)
    {
        var c = await queries.FindAsync(id, ct);
        if (c is null)
        {
            return NotFound();
        }
        if (!StaffActor.From(User).MaySee(c.Department))
        {
            await audit.RecordAsync("case.open.refused", "case", id.ToString(), "他の課の案件", ct);
            return Forbid();
        }
        if (c.ApplicationId is not { } applicationId || await applications.FindAsync(applicationId, ct) is not { } application)
        {
            return Redirect($"/staff/cases/{id}");
        }
        await audit.RecordAsync("case.open", "case", id.ToString(), DetailsModel.OpenPurpose, ct);
        (Case, Application) = (c, application);
        if (fresh)
        {
            Version = c.Version;
        }
        return null;
    }
}
