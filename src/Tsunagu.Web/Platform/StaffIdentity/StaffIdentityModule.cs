using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.StaffIdentity;

public static class StaffPolicies
{
    /// <summary>Signed in with a password and a TOTP code.</summary>
    public const string Staff = "staff";

    /// <summary>DX推進・管理者 only.</summary>
    public const string Admin = "staff-admin";

    public const string SignInRateLimit = "staff-signin";
    public const string CookieName = "tsunagu-staff";
}

public static class StaffIdentityModule
{
    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<StaffUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TsunaguDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = StaffPolicies.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.LoginPath = "/staff/signin";
            o.AccessDeniedPath = "/error/403";
            o.Events.OnRedirectToLogin = Layout.SignInRedirect.For(StaffPolicies.CookieName);
            o.Events.OnRedirectToAccessDenied = StaffSession.RedirectToDeniedAsync;
        });
        services.ConfigureExternalCookie(o => o.Cookie.SameSite = SameSiteMode.Strict);

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireAuthenticatedUser().RequireClaim("amr", "mfa"))
            .AddPolicy(StaffPolicies.Admin, p => p.RequireAuthenticatedUser().RequireClaim("amr", "mfa").RequireRole(StaffRoles.Admin));

        var signInsPerMinute = configuration.GetValue("Tsunagu:RateLimits:SignInPerMinute", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(StaffPolicies.SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddScoped<StaffAccounts>();
        return services;
    }
}

