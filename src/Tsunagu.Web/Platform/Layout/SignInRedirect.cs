using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Tsunagu.Web.Platform.Layout;

/// <summary>What a cookie scheme does when someone who is not signed in asks for a protected page.</summary>
public static class SignInRedirect
{
    /// <summary>
    /// APIs get 401; pages go to the sign-in page, with <c>expired=true</c> when the scheme's cookie is still
    /// present, because a cookie that no longer works means the idle limit passed: say so, not just "sign in".
    /// </summary>
    public static Func<RedirectContext<CookieAuthenticationOptions>, Task> For(string cookieName) => context =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        var expired = context.Request.Cookies.ContainsKey(cookieName);
        context.Response.Redirect(expired ? context.RedirectUri + "&expired=true" : context.RedirectUri);
        return Task.CompletedTask;
    };
}
