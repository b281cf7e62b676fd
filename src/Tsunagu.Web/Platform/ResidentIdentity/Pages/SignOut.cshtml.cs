using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Auditing;

namespace Tsunagu.Web.Platform.ResidentIdentity.Pages;

/// <summary>POST signs out; GET only shows the button, so a link or an image cannot sign anyone out.</summary>
public sealed class SignOutModel(ICurrentResident resident, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (resident.IsSignedIn)
        {
            var id = resident.AccountId;
            await ResidentSession.SignOutAsync(HttpContext);
            await audit.AppendResidentAsync(id, "resident.sign-out", "session", ct);
        }
        return Redirect("/account/signin?signedOut=true");
    }
}
