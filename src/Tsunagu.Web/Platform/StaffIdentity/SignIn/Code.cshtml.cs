using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tsunagu.Web.Platform.Auditing;

namespace Tsunagu.Web.Platform.StaffIdentity.SignIn;

[EnableRateLimiting(StaffPolicies.SignInRateLimit)]
public sealed class CodeModel(SignInManager<StaffUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "確認コードを入力してください。"), StringLength(20, ErrorMessage = "確認コードは6けたの数字です。")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/staff/signin") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/staff/signin?expired=true");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = TotpCode.Normalise(Code);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(nameof(Code), "確認コードの誤りが続いたため、このアカウントは一時的にロックされています。15分ほど待ってから、もう一度お試しください。");
            return Page();
        }
        if (!result.Succeeded)
        {
            await audit.AppendAsync(user.Id.ToString(), "staff.totp-failed", "staff", user.Id.ToString(), "sign-in");
            ModelState.AddModelError(nameof(Code), "確認コードが正しくありません。認証アプリに今表示されている数字を入力してください。");
            return Page();
        }
        await audit.AppendAsync(user.Id.ToString(), "staff.sign-in", "staff", user.Id.ToString(), "sign-in");
        return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
    }
}
