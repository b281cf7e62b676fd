using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.MyNumberCard.Pages;

/// <summary>Starts sign-in through the デジタル認証アプリ, and explains a failed return from it.</summary>
public sealed class DigitalAuthModel(IConfiguration configuration) : PageModel
{
    public bool Configured => DigitalAuthApp.IsConfigured(configuration);

    public bool Failed { get; private set; }

    public IActionResult OnGet(bool failed = false)
    {
        Failed = failed;
        return Page();
    }

    public IActionResult OnPost(string? returnUrl) =>
        Configured
            ? Challenge(new AuthenticationProperties { RedirectUri = ResidentSession.SafeReturnUrl(returnUrl) }, DigitalAuthApp.Scheme)
            : Page();
}
