using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.PaperIntake;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Cases.Staff;

/// <summary>Paper intake: upload a scanned form, see the department's scans waiting to be checked, print blank forms.</summary>
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class ScansModel(TsunaguDb db, PaperFormTemplates templates, PaperIntakeService intake) : PageModel
{
    public IReadOnlyList<PaperFormTemplate> Templates { get; private set; } = [];
    public IReadOnlyList<PaperScan> Scans { get; private set; } = [];

    [BindProperty] public string? ProcedureId { get; set; }
    [BindProperty] public IFormFile? Scan { get; set; }
    [BindProperty] public string UploadKey { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        UploadKey = Guid.NewGuid().ToString("N");
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var staff = StaffActor.From(User);
        var key = UploadKey is { Length: > 0 and <= 64 } k ? $"{staff.Id}:{k}" : Guid.NewGuid().ToString("N");
        await using var content = Scan?.OpenReadStream();
        var (scan, error) = await intake.UploadAsync(ProcedureId, content, Scan?.FileName ?? "", key, staff, ct);
        if (scan is not null)
        {
            return Redirect($"/staff/cases/scans/{scan.Id}");
        }
        ModelState.AddModelError(error!.Field ?? "", error.Message);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The blank paper form of a template, for the counter and for residents who ask for paper.</summary>
    public IActionResult OnGetForm(string procedureId) =>
        templates.Find(procedureId) is { } t ? File(PaperFormLayout.Render(t), "application/pdf", $"{t.ProcedureId}.pdf") : NotFound();

    private async Task LoadAsync(CancellationToken ct)
    {
        var staff = StaffActor.From(User);
        Templates = [.. templates.All.Where(t => staff.MaySee(t.Department))];
        var scans = db.Set<PaperScan>().Where(s => staff.IsAdmin || s.Department == staff.Department);
        Scans = await scans.OrderByDescending(s => s.UploadedAt).Take(100).ToListAsync(ct);
    }
}
