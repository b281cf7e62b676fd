using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// Opening the mailed link only shows a button: mail scanners that fetch links must not use the link up.
/// The draft moves to this browser (or account) on the POST.
/// </summary>
public sealed class ResumeModel(DraftResumeLinks resumeLinks) : PageModel
{
    public bool Usable { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Usable = await resumeLinks.IsUsableAsync(token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (await resumeLinks.ClaimAsync(token, DraftOwner.Of(HttpContext, true), ct) is not { } draftId)
        {
            Usable = false;
            return Page();
        }
        return Redirect($"/apply/{draftId}/1");
    }
}
