using System.Security.Cryptography;
using System.Text;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// Who a draft belongs to. A signed-in resident owns drafts by account; anyone else by a random
/// browser token in a cookie (only its hash is stored), so a draft id alone never opens a draft.
/// </summary>
public static class DraftOwner
{
    public const string CookieName = "tsunagu-drafts";

    public static string Of(HttpContext http, bool create)
    {
        if (http.RequestServices.GetRequiredService<ICurrentResident>() is { IsSignedIn: true } resident)
        {
            return "account:" + resident.AccountId;
        }
        var token = http.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            if (!create)
            {
                return "";
            }
            token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            http.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(30),
                IsEssential = true,
            });
        }
        return "browser:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..40];
    }
}
