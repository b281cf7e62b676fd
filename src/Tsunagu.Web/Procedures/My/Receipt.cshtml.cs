using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.Procedures.My;

public sealed class ReceiptModel(MyPortal portal, ICurrentResident resident) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // Same ownership check as the application page: another resident's id is simply not found.
        if (await portal.ApplicationAsync(resident.AccountId, id, ct) is not var (application, procedure, _))
        {
            return NotFound();
        }
        // Answers are personal data: no shared or browser cache may keep them.
        Response.Headers.CacheControl = "no-store";
        return File(ReceiptPdf.Build(application, procedure), "application/pdf", $"受付票-{application.ReceiptNumber}.pdf");
    }
}
