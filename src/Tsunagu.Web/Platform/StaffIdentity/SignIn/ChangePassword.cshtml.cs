using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Auditing;

namespace Tsunagu.Web.Platform.StaffIdentity.SignIn;

public sealed class ChangePasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "新しいパスワードを入力してください。"), StringLength(128, ErrorMessage = "パスワードは128文字以内にしてください。")]
    public string NewPassword { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "確認のため、新しいパスワードをもう一度入力してください。"),
     Compare(nameof(NewPassword), ErrorMessage = "確認用のパスワードが一致しません。")]
    public string Confirm { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { MustChangePassword: true } ? Page() : Redirect("/staff/signin");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is not { MustChangePassword: true })
        {
            return Redirect("/staff/signin?expired=true");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, NewPassword);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(NewPassword), PasswordRules.Describe(result.Errors));
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.AppendAsync(user.Id.ToString(), "staff.password-changed", "staff", user.Id.ToString(), "first sign-in");
        return Redirect(StaffSession.NextStep(user) + "?returnUrl=" + Uri.EscapeDataString(SignInModel.SafeReturnUrl(ReturnUrl)));
    }
}
