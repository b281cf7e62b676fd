using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.Procedures.Apply;

public sealed class SavedModel(ApplicationJourney journey, DraftResumeLinks resumeLinks, ICurrentResident resident) : PageModel
{
    public Guid DraftId { get; private set; }

    public bool SignedIn => resident.IsSignedIn;

    [BindProperty] public string? Email { get; set; }

    [TempData] public bool Mailed { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken ct)
    {
        if (await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct) is null)
        {
            return NotFound();
        }
        DraftId = draftId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid draftId, CancellationToken ct)
    {
        var owner = DraftOwner.Of(HttpContext, false);
        if (resident.IsSignedIn || await journey.OpenAsync(draftId, owner, ct) is not { } opened)
        {
            return NotFound();
        }
        DraftId = draftId;
        if (await resumeLinks.SendAsync(draftId, owner, Email, opened.Procedure.Name, ct) is { } problem)
        {
            ModelState.AddModelError(nameof(Email), problem);
            return Page();
        }
        Mailed = true;
        return RedirectToPage(new { draftId });
    }
}
