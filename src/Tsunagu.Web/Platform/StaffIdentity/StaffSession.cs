using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Tsunagu.Web.Platform.StaffIdentity;

/// <summary>The steps between a correct password and a full staff session (password change, TOTP enrolment, TOTP code).</summary>
internal static class StaffSession
{
    /// <summary>Remembers who passed the password step, in Identity's short-lived two-factor cookie.</summary>
    public static Task BeginPendingAsync(HttpContext http, StaffUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
        return http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    public static Task EndPendingAsync(HttpContext http) => http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);

    /// <summary>Where a pending user goes next: a new password first, then TOTP enrolment, then the code.</summary>
    public static string NextStep(StaffUser user) =>
        user.MustChangePassword ? "/staff/signin/change-password"
        : !user.TwoFactorEnabled ? "/staff/signin/enrol"
        : "/staff/signin/code";


    public static Task RedirectToDeniedAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
