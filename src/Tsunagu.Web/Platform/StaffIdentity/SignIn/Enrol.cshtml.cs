using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;
using Tsunagu.Web.Platform.Auditing;

namespace Tsunagu.Web.Platform.StaffIdentity.SignIn;

[EnableRateLimiting(StaffPolicies.SignInRateLimit)]
public sealed class EnrolModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit) : PageModel
{
    private const string Issuer = "九重町つなぐ";

    [BindProperty, Required(ErrorMessage = "確認コードを入力してください。"), StringLength(20, ErrorMessage = "確認コードは6けたの数字です。")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SharedKey { get; private set; } = "";
    public string QrSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await PendingUserAsync();
        if (user is null)
        {
            return Redirect("/staff/signin");
        }
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await PendingUserAsync();
        if (user is null)
        {
            return Redirect("/staff/signin?expired=true");
        }
        var valid = ModelState.IsValid && await users.VerifyTwoFactorTokenAsync(
            user, users.Options.Tokens.AuthenticatorTokenProvider, TotpCode.Normalise(Code));
        if (!valid)
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(Code), "確認コードが正しくありません。認証アプリに今表示されている数字を入力してください。");
            }
            await ShowKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await StaffSession.EndPendingAsync(HttpContext);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        await audit.AppendAsync(user.Id.ToString(), "staff.totp-enrolled", "staff", user.Id.ToString(), "sign-in");
        return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
    }

    // Only someone who has just passed the password step and has no authenticator yet may enrol one.
    private async Task<StaffUser?> PendingUserAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { TwoFactorEnabled: false, MustChangePassword: false } user ? user : null;

    private async Task ShowKeyAsync(StaffUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLower(CultureInfo.InvariantCulture);
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var data = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(6);
    }
}
