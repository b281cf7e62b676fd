using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tsunagu.Web.Procedures.Apply;

public sealed class DoneModel(ApplicationJourney journey) : PageModel
{
    public Application Application { get; private set; } = null!;
    public string ProcedureName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken ct)
    {
        var opened = await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct);
        if (opened is not { } o || await journey.FindSubmittedAsync(draftId, ct) is not { } application)
        {
            return NotFound();
        }
        (Application, ProcedureName) = (application, o.Procedure.Name);
        return Page();
    }
}
