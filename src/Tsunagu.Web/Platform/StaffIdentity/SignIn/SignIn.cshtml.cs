using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tsunagu.Web.Platform.Auditing;

namespace Tsunagu.Web.Platform.StaffIdentity.SignIn;

[EnableRateLimiting(StaffPolicies.SignInRateLimit)]
public sealed class SignInModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "メールアドレスを入力してください。"), StringLength(256, ErrorMessage = "メールアドレスが長すぎます。")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "パスワードを入力してください。"), StringLength(256, ErrorMessage = "パスワードが長すぎます。")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Expired { get; private set; }

    public void OnGet(bool expired = false) => Expired = expired;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            ModelState.AddModelError(nameof(Email), "メールアドレスまたはパスワードが正しくありません。");
            return Page();
        }
        var result = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.AppendAsync(user.Id.ToString(), "staff.locked-out", "staff", user.Id.ToString(), "sign-in");
            ModelState.AddModelError(nameof(Password), "サインインの失敗が続いたため、このアカウントは一時的にロックされています。15分ほど待ってから、もう一度お試しください。");
            return Page();
        }
        if (!result.Succeeded)
        {
            await audit.AppendAsync(user.Id.ToString(), "staff.sign-in-failed", "staff", user.Id.ToString(), "password");
            ModelState.AddModelError(nameof(Password), "メールアドレスまたはパスワードが正しくありません。");
            return Page();
        }
        await StaffSession.BeginPendingAsync(HttpContext, user);
        return Redirect(StaffSession.NextStep(user) + "?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl(ReturnUrl)));
    }

    internal static string SafeReturnUrl(string? url) =>
        Layout.LocalUrl.IsLocalPath(url) && url!.StartsWith("/staff", StringComparison.Ordinal) ? url : "/staff";
}
