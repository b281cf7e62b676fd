using Microsoft.AspNetCore.Localization;

namespace Tsunagu.Web.Platform.Layout;

/// <summary>Language and text size, kept in cookies so the switches work without JavaScript.</summary>
public static class Preferences
{
    public const string TextSizeCookie = "tsunagu-text-size";
    public static readonly string[] TextSizes = ["standard", "large", "x-large"];

    public static string TextSize(HttpContext context) =>
        context.Request.Cookies[TextSizeCookie] is { } s && TextSizes.Contains(s) ? s : "standard";

    public static bool IsEnglish(HttpContext context) =>
        Thread.CurrentThread.CurrentUICulture.TwoLetterISOLanguageName == "en";

    internal static void MapPreferences(this WebApplication app)
    {
        app.MapPost("/settings/language", (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string language, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var culture = language == "en" ? "en" : "ja";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            return Results.LocalRedirect(SafeReturn(returnUrl));
        });
        app.MapPost("/settings/text-size", (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string size, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var value = TextSizes.Contains(size) ? size : "standard";
            http.Response.Cookies.Append(TextSizeCookie, value,
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            return Results.LocalRedirect(SafeReturn(returnUrl));
        });
    }

    // Only local paths: a crafted returnUrl must not send a resident to another site.
    private static string SafeReturn(string? url) =>
        LocalUrl.IsLocalPath(url) ? url! : "/";
}
