using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Tsunagu.Web.Platform.ResidentIdentity.Pages;

/// <summary>
/// Opening the link only shows a button; pressing it (POST) uses the link up. Mail security scanners fetch links
/// before the resident does, and must not spend the single use or receive the session.
/// </summary>
[EnableRateLimiting(ResidentPolicies.SignInRateLimit)]
public sealed class VerifyModel(ResidentRegistration registration, EmailTokens tokens) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Usable { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Usable = await tokens.IsUsableAsync(Token, EmailTokenPurpose.Verify, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await registration.VerifyAsync(Token, ct);
        if (!result.Succeeded)
        {
            return Page();
        }
        await ResidentSession.SignInAsync(HttpContext, result.Value!, AssuranceLevel.Account);
        return Redirect(ResidentPolicies.HomePath + "?verified=true");
    }
}
