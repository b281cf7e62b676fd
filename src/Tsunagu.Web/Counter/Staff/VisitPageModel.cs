using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Counter.Visits;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>A step of the visit journey: loads the visit named in the route and sends a finished one to its last page.</summary>
public abstract class VisitPageModel(VisitDesk desk) : PageModel
{
    [FromRoute(Name = "id")] public Guid VisitId { get; set; }

    public Visit Visit { get; private set; } = null!;

    public string StepUrl(string step) => $"/staff/counter/visits/{VisitId}/{step}";

    /// <summary>The visit, or the page to show instead (not found, or already submitted when <paramref name="draftOnly"/>).</summary>
    protected async Task<IActionResult?> LoadVisitAsync(CancellationToken ct, bool draftOnly = true)
    {
        if (await desk.FindAsync(VisitId, ct) is not { } visit)
        {
            return NotFound();
        }
        Visit = visit;
        if (draftOnly && visit.Status != VisitStatus.Draft)
        {
            return Redirect(StepUrl("done"));
        }
        if (draftOnly && visit.ResidentId is null && this is not IdentifyModel)
        {
            return Redirect(StepUrl("identify"));
        }
        return null;
    }

    protected void AddError(VisitError error) => ModelState.AddModelError(error.Field ?? "", error.Message);

    public static string StaffId(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
}
