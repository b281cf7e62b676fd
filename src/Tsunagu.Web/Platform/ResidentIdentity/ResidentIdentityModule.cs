using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Tsunagu.Web.Platform.Layout;

namespace Tsunagu.Web.Platform.ResidentIdentity;

public static class ResidentPolicies
{
    /// <summary>The cookie scheme of resident sessions, beside (never instead of) staff Identity's.</summary>
    public const string Scheme = "Resident";

    /// <summary>A signed-in resident, on the <see cref="Scheme"/> cookie. <c>My/</c> pages get it by convention.</summary>
    public const string Resident = "resident";

    public const string SignInRateLimit = "resident-signin";
    public const string CookieName = "tsunagu-resident";
    public const string SignInPath = "/account/signin";

    /// <summary>Where a resident lands after signing in when no page asked for it.</summary>
    public const string HomePath = "/my";
}

public static class ResidentIdentityModule
{
    public static IServiceCollection AddResidentIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication().AddCookie(ResidentPolicies.Scheme, o =>
        {
            o.Cookie.Name = ResidentPolicies.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(60);
            o.SlidingExpiration = true;
            o.LoginPath = ResidentPolicies.SignInPath;
            o.AccessDeniedPath = "/error/403";
            o.Events.OnRedirectToLogin = Layout.SignInRedirect.For(ResidentPolicies.CookieName);
        });
        services.AddAuthorizationBuilder().AddPolicy(ResidentPolicies.Resident, p => p
            .AddAuthenticationSchemes(ResidentPolicies.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ResidentClaims.Assurance, "account", "card-login"));

        var postsPerMinute = configuration.GetValue("Tsunagu:RateLimits:SignInPerMinute", 30);
        services.AddRateLimiter(o => o.AddPolicy(ResidentPolicies.SignInRateLimit, http =>
            // Only submissions count: many residents may share one address (mobile carriers, the town office's Wi-Fi).
            HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("read")));

        services.AddSingleton<IPasswordHasher<ResidentAccount>, PasswordHasher<ResidentAccount>>();
        services.AddScoped<ICurrentResident, CurrentResident>();
        services.AddScoped<EmailTokens>();
        services.AddScoped<ResidentMails>();
        services.AddScoped<ResidentRegistration>();
        services.AddScoped<ResidentSignIn>();
        services.AddScoped<ResidentPasswordReset>();
        services.AddPublicEntry(new PublicEntry("アカウント登録",
            "メールアドレスとパスワードで、町のオンライン手続きに使うアカウントを作ります。登録済みの方はここからサインインできます。",
            "/account/register", "あかうんと とうろく さいんいん ログイン ログオン"));
        return services;
    }

    /// <summary>Reads the resident cookie on every request, so <see cref="ICurrentResident"/> works on any page and the 60 minutes slide.</summary>
    public static IApplicationBuilder UseResidentSession(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            await ResidentSession.PrincipalAsync(http);
            await next();
        });
}
