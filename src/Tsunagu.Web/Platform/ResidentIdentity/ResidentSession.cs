using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>Starting, reading and ending a resident session (cookie <c>tsunagu-resident</c>).</summary>
public static class ResidentSession
{
    /// <summary>
    /// Signs the account holder in. Password sign-in uses <see cref="AssuranceLevel.Account"/>; the My Number card
    /// module calls this with <see cref="AssuranceLevel.CardLogin"/> after a JPKI sign-in, and again after linking
    /// an account so that <see cref="ICurrentResident.LinkedResidentId"/> is current. The claims are built here only,
    /// so a resident session never carries <c>amr</c> and can never satisfy the staff policy.
    /// </summary>
    public static async Task SignInAsync(HttpContext http, ResidentAccount account, AssuranceLevel assurance)
    {
        if (assurance == AssuranceLevel.Account && account.EmailVerifiedAt is null)
        {
            throw new InvalidOperationException("a password session needs a verified e-mail address");
        }
        var identity = new ClaimsIdentity(ResidentPolicies.Scheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Email, account.Email));
        identity.AddClaim(new Claim(ResidentClaims.Assurance, ResidentClaims.ToClaimValue(assurance)));
        if (account.LinkedResidentId is { } linked)
        {
            identity.AddClaim(new Claim(ResidentClaims.LinkedResident, linked.ToString()));
        }
        var principal = new ClaimsPrincipal(identity);
        await http.SignInAsync(ResidentPolicies.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        http.Features.Set(new ResidentSessionFeature(principal));
    }

    public static async Task SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(ResidentPolicies.Scheme);
        http.Features.Set(new ResidentSessionFeature(null));
    }

    /// <summary>The resident of this request, read from the cookie once and kept for the rest of the request.</summary>
    public static async Task<ClaimsPrincipal?> PrincipalAsync(HttpContext http)
    {
        if (http.Features.Get<ResidentSessionFeature>() is { } known)
        {
            return known.Principal;
        }
        var result = http.Request.Cookies.ContainsKey(ResidentPolicies.CookieName)
            ? await http.AuthenticateAsync(ResidentPolicies.Scheme)
            : AuthenticateResult.NoResult();
        var principal = result.Succeeded ? result.Principal : null;
        http.Features.Set(new ResidentSessionFeature(principal));
        return principal;
    }

    /// <summary>Only local paths, and not into the staff area.</summary>
    public static string SafeReturnUrl(string? url) =>
        Layout.LocalUrl.IsLocalPath(url) && url!.Length > 1 && !url.StartsWith("/staff", StringComparison.OrdinalIgnoreCase)
            ? url
            : ResidentPolicies.HomePath;

}
