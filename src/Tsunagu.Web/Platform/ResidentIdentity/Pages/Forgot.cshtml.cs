using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Tsunagu.Web.Platform.ResidentIdentity.Pages;

[EnableRateLimiting(ResidentPolicies.SignInRateLimit)]
public sealed class ForgotModel(ResidentPasswordReset reset) : PageModel
{
    [BindProperty, Required(ErrorMessage = "メールアドレスを入力してください。"),
     StringLength(ResidentEmail.MaxLength, ErrorMessage = "メールアドレスが長すぎます。254文字以内で入力してください。")]
    public string Email { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && ResidentEmail.Normalise(Email) is null)
        {
            ModelState.AddModelError(nameof(Email), "メールアドレスの形式が正しくありません。kokonoe@example.jp のような形で入力してください。");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await reset.RequestAsync(Email, ct);
        return Redirect("/account/check-mail?kind=reset");
    }
}
