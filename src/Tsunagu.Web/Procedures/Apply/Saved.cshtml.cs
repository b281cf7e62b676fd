using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tsunagu.Web.Procedures.Apply;

public sealed class SavedModel(ApplicationJourney journey) : PageModel
{
    public Guid DraftId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken ct)
    {
        if (await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct) is null)
        {
            return NotFound();
        }
        DraftId = draftId;
        return Page();
    }
}
