using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Tsunagu.Web.Platform.ResidentIdentity.Pages;

[EnableRateLimiting(ResidentPolicies.SignInRateLimit)]
public sealed class SignInModel(ResidentSignIn signIn, ResidentRegistration registration) : PageModel
{
    [BindProperty, Required(ErrorMessage = "メールアドレスを入力してください。"),
     StringLength(ResidentEmail.MaxLength, ErrorMessage = "メールアドレスが長すぎます。254文字以内で入力してください。")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "パスワードを入力してください。"),
     StringLength(ResidentPassword.MaxLength, ErrorMessage = "パスワードが長すぎます。")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Notice { get; private set; }
    public bool NotVerified { get; private set; }

    public void OnGet(bool expired = false, bool reset = false, bool signedOut = false) =>
        Notice = expired ? "60分間操作がなかったため、安全のためにサインアウトしました。もう一度サインインしてください。"
            : reset ? "新しいパスワードを設定しました。新しいパスワードでサインインしてください。"
            : signedOut ? "サインアウトしました。"
            : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.CheckPasswordAsync(Email, Password, ct);
        switch (result.Error)
        {
            case null:
                await ResidentSession.SignInAsync(HttpContext, result.Value!, AssuranceLevel.Account);
                return LocalRedirect(ResidentSession.SafeReturnUrl(ReturnUrl));
            case EmailNotVerified:
                NotVerified = true;
                return Page();
            default:
                ModelState.AddModelError(nameof(Password), result.Error.Message);
                return Page();
        }
    }

    /// <summary>Sends the verification mail again; the next page is the same whether or not anything was sent.</summary>
    public async Task<IActionResult> OnPostResendAsync(CancellationToken ct)
    {
        await registration.ResendVerificationAsync(Email ?? "", ct);
        return Redirect("/account/check-mail?kind=register");
    }
}
